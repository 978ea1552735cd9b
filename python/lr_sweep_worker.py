"""lr-sweep worker helper: serve trials to ``lr-sweep --worker`` from one long-lived Python process.

Standard library only; import it from the lr-sweep package (``lr-sweep worker-helper --path`` prints where
it is) or copy this one file next to your training script.

Usage::

    # worker.py -- run with: lr-sweep search --worker "python worker.py"
    import torch                      # slow imports, CUDA start-up and data loading happen once
    from lr_sweep_worker import serve

    data = load_data()

    def train(lr: float, steps: int, seed: int) -> float:
        torch.manual_seed(seed)       # same seed: same initial weights and the same batch order
        model = make_model()          # fresh weights in every trial
        optimizer = torch.optim.SGD(model.parameters(), lr=lr)   # and a fresh optimizer
        for batch in batches(data, steps, seed):                 # cycle epochs if steps > one epoch
            ...
        return validation_loss(model)  # a float, a 0-d tensor, or nan/inf when training diverged

    if __name__ == "__main__":
        serve(train)

``serve(train_fn)`` owns the protocol, so ``train_fn`` never sees it:

* it reads one JSON request per stdin line, ``{"id": 3, "lr": 0.001, "steps": 20, "seed": 0}``
  (unknown keys are ignored; the lr = 0 trial comes with ``steps`` 0: evaluate the untrained model),
  calls ``train_fn(lr, steps, seed)`` and writes one answer line, ``{"id": 3, "loss": 0.4213}``,
  flushed at once; a loss that is NaN or infinite is written as ``null`` (a diverged trial);
* it first writes ``{"lr_sweep_worker": "ready"}`` so lr-sweep can show the start-up time;
* everything else that would reach stdout while it serves (``print`` in ``train_fn``, a library's log,
  even output of C extensions and subprocesses writing to file descriptor 1) goes to stderr instead,
  so nothing can corrupt the answers;
* at stdin EOF it returns (lr-sweep closes stdin at the end and ends the process 5 s later);
* an exception in ``train_fn`` is printed to stderr and ends the process with exit code 1: lr-sweep
  restarts the worker and retries the trial once, then fails with the end of the traceback.

lr-sweep sets ``LR_SWEEP_WORKER=1`` and ``LR_SWEEP_SLOT`` (0-based; pick a device with it, e.g.
``cuda:{slot}``) in the worker's environment; ``slot()`` reads the latter.
"""

import json
import math
import os
import sys
import traceback

__all__ = ["serve", "slot"]

READY_LINE = '{"lr_sweep_worker": "ready"}'


def slot():
    """This worker's slot (0-based) from ``LR_SWEEP_SLOT``; 0 when not run by lr-sweep."""
    return int(os.environ.get("LR_SWEEP_SLOT", "0"))


def _loss_value(loss):
    value = float(loss)  # accepts ints, numpy scalars and 0-d tensors
    return value if math.isfinite(value) else None


def _protocol_stream():
    """A private text stream on the process's real stdout; fd 1 itself is pointed at stderr."""
    sys.stdout.flush()
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    return answers


def _request(line):
    request = json.loads(line)
    if not isinstance(request, dict):
        raise ValueError("a request must be a JSON object")
    return request["id"], float(request["lr"]), int(request["steps"]), int(request["seed"])


def serve(train_fn, stdin=None):
    """Answer lr-sweep's trial requests with ``train_fn(lr, steps, seed) -> validation loss`` until stdin closes.

    ``stdin`` defaults to ``sys.stdin``. Returns normally at EOF; exits with code 1 when ``train_fn``
    raises (after printing the traceback to stderr) or when a request cannot be read.
    """
    source = sys.stdin if stdin is None else stdin
    answers = _protocol_stream()
    answers.write(READY_LINE + "\n")
    answers.flush()
    while True:
        line = source.readline()
        if line == "":
            return
        if line.strip() == "":
            continue
        try:
            request_id, lr, steps, seed = _request(line)
        except (ValueError, KeyError, TypeError) as error:
            print("lr_sweep_worker: unreadable request %r: %s" % (line.strip()[:200], error), file=sys.stderr)
            sys.exit(1)
        try:
            loss = _loss_value(train_fn(lr, steps, seed))
        except Exception:
            traceback.print_exc(file=sys.stderr)
            sys.stderr.flush()
            sys.exit(1)
        answers.write(json.dumps({"id": request_id, "loss": loss}) + "\n")
        answers.flush()


if __name__ == "__main__":
    print(__doc__)
