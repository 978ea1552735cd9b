"""The quality benchmark's PyTorch models, their data and three ways to train them (npm run bench:quality).

    models.py serve MODEL                     an lr-sweep worker (lr_sweep_worker.serve) for the search
    models.py grid MODEL --seed S --lrs A,B   full training with early stopping at each lr: one JSON line
    models.py range MODEL --seed S            a fastai-style range test: one JSON line of raw step losses

Every model is small enough that the whole benchmark fits in an hour on 2 CPU cores. Data splits are fixed
(seed 1234) so only the run's seed changes between repeats: it sets the initial weights and the batch order.
Run with Debian's /usr/bin/python3 (python3-torch, python3-sklearn); one thread per process.
"""
import gzip
import json
import math
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, os.path.join(ROOT, "python"))

import numpy as np  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(1)
SPLIT_SEED = 1234


def _split(x, y, train_size):
    order = torch.randperm(len(x), generator=torch.Generator().manual_seed(SPLIT_SEED))
    x, y = x[order], y[order]
    return x[:train_size], y[:train_size], x[train_size:], y[train_size:]


def _standardized(x, train_size):
    """Standardize with the training rows' statistics (after the fixed split)."""
    mean, std = x[:train_size].mean(0), x[:train_size].std(0) + 1e-8
    return (x - mean) / std


def mnist():
    """fixtures/data/mnist-6k.bin.gz: 5,000 digits train, 1,000 validate (see fixtures/data/mnist.mjs)."""
    with gzip.open(os.path.join(ROOT, "fixtures", "data", "mnist-6k.bin.gz"), "rb") as f:
        raw = f.read()
    if raw[:4] != b"LRMN":
        raise ValueError("mnist-6k.bin.gz: not an lr-sweep MNIST fixture")
    count, rows, cols = struct.unpack("<III", raw[4:16])
    labels = np.frombuffer(raw, dtype=np.uint8, count=count, offset=16)
    pixels = np.frombuffer(raw, dtype=np.uint8, count=count * rows * cols, offset=16 + count)
    x = torch.tensor(pixels.reshape(count, rows * cols), dtype=torch.float32) / 255.0
    y = torch.tensor(labels, dtype=torch.long)
    return x[:5000], y[:5000], x[5000:6000], y[5000:6000]


def digits(image=False):
    from sklearn.datasets import load_digits

    d = load_digits()
    x = torch.tensor(d.data, dtype=torch.float32) / 16.0
    if image:
        x = x.reshape(-1, 1, 8, 8)
    return _split(x, torch.tensor(d.target, dtype=torch.long), 1100)


def tabular(loader, train_size):
    d = loader()
    x = torch.tensor(d.data, dtype=torch.float32)
    y = torch.tensor(d.target, dtype=torch.long)
    order = torch.randperm(len(x), generator=torch.Generator().manual_seed(SPLIT_SEED))
    x, y = x[order], y[order]
    x = _standardized(x, train_size)
    return x[:train_size], y[:train_size], x[train_size:], y[train_size:]


def blobs():
    """4 overlapping Gaussian blobs in 10 dimensions (sklearn make_blobs, seeded): 1,500 train, 500 validate."""
    from sklearn.datasets import make_blobs

    x, y = make_blobs(n_samples=2000, centers=4, n_features=10, cluster_std=7.0, random_state=7)
    x = torch.tensor(x, dtype=torch.float32)
    return _split(_standardized(x, 2000), torch.tensor(y, dtype=torch.long), 1500)


def spirals():
    """3 interleaved noisy spiral arms in 2-D (seeded): 1,500 points, 1,100 train."""
    rng = np.random.RandomState(7)
    n = 500
    xs, ys = [], []
    for arm in range(3):
        r = np.linspace(0.05, 1.0, n)
        t = arm * 2 * math.pi / 3 + r * 5.0 + rng.randn(n) * 0.35
        xs.append(np.stack([r * np.sin(t), r * np.cos(t)], 1))
        ys.append(np.full(n, arm))
    x = torch.tensor(np.concatenate(xs), dtype=torch.float32) * 2
    return _split(x, torch.tensor(np.concatenate(ys), dtype=torch.long), 1100)


def mlp(inputs, hidden, outputs):
    layers, width = [], inputs
    for h in hidden:
        layers += [torch.nn.Linear(width, h), torch.nn.ReLU()]
        width = h
    return torch.nn.Sequential(*layers, torch.nn.Linear(width, outputs))


def digits_cnn():
    return torch.nn.Sequential(
        torch.nn.Conv2d(1, 8, 3, padding=1),
        torch.nn.ReLU(),
        torch.nn.Conv2d(8, 16, 3, padding=1, stride=2),
        torch.nn.ReLU(),
        torch.nn.Flatten(),
        torch.nn.Linear(16 * 4 * 4, 10),
    )


def sgd(params, lr):
    return torch.optim.SGD(params, lr=lr)


def momentum(params, lr):
    return torch.optim.SGD(params, lr=lr, momentum=0.9)


def adam(params, lr):
    return torch.optim.Adam(params, lr=lr)


# name: data, model, optimizer, batch size, max epochs, patience (epochs). The lr grids are in collect.ts (MODELS).
MODELS = {
    "mnist-mlp-sgd": dict(data=mnist, model=lambda: mlp(784, [64], 10), opt=sgd, batch=64, epochs=15, patience=3),
    "digits-cnn-sgd": dict(data=lambda: digits(True), model=digits_cnn, opt=sgd, batch=32, epochs=20, patience=3),
    "blobs-mlp-sgd": dict(data=blobs, model=lambda: mlp(10, [32], 4), opt=sgd, batch=32, epochs=10, patience=3),
    "digits-cnn-momentum": dict(data=lambda: digits(True), model=digits_cnn, opt=momentum, batch=32, epochs=20, patience=3),
    "wine-mlp-momentum": dict(data=lambda: tabular(_wine, 120), model=lambda: mlp(13, [32], 3), opt=momentum, batch=16, epochs=40, patience=5),
    "spirals-mlp-adam": dict(data=spirals, model=lambda: mlp(2, [64, 64], 3), opt=adam, batch=32, epochs=20, patience=4),
    "cancer-mlp-adam": dict(data=lambda: tabular(_cancer, 400), model=lambda: mlp(30, [32], 2), opt=adam, batch=32, epochs=40, patience=5),
    "digits-cnn-adam": dict(data=lambda: digits(True), model=digits_cnn, opt=adam, batch=32, epochs=20, patience=3),
}


def _wine():
    from sklearn.datasets import load_wine

    return load_wine()


def _cancer():
    from sklearn.datasets import load_breast_cancer

    return load_breast_cancer()


def batches(n, size, steps, seed):
    """`steps` index batches (None: one epoch) from a seeded permutation per epoch."""
    generator = torch.Generator().manual_seed(seed)
    done = 0
    while steps is None or done < steps:
        order = torch.randperm(n, generator=generator)
        for start in range(0, n, size):
            if steps is not None and done == steps:
                return
            yield order[start : start + size]
            done += 1
        if steps is None:
            return


class Model:
    def __init__(self, name):
        if name not in MODELS:
            raise SystemExit("models.py: unknown model %r; allowed: %s" % (name, ", ".join(MODELS)))
        self.spec = MODELS[name]
        self.data = self.spec["data"]()
        self.loss_fn = torch.nn.CrossEntropyLoss()

    def fresh(self, lr, seed):
        torch.manual_seed(seed)
        model = self.spec["model"]()
        return model, self.spec["opt"](model.parameters(), lr)

    def evaluate(self, model):
        _, _, vx, vy = self.data
        model.eval()
        with torch.no_grad():
            out = model(vx)
            loss = float(self.loss_fn(out, vy))
            acc = float((out.argmax(1) == vy).float().mean())
        model.train()
        return loss, acc

    def step(self, model, optimizer, index):
        tx, ty, _, _ = self.data
        optimizer.zero_grad()
        loss = self.loss_fn(model(tx[index]), ty[index])
        if not torch.isfinite(loss):
            return math.nan
        loss.backward()
        optimizer.step()
        return float(loss)

    def trial(self, lr, steps, seed):
        """lr-sweep's trial: validation loss after `steps` steps from the seed's weights (nan: diverged)."""
        model, optimizer = self.fresh(lr, seed)
        for index in batches(len(self.data[0]), self.spec["batch"], steps, seed):
            if math.isnan(self.step(model, optimizer, index)):
                return math.nan
        loss, _ = self.evaluate(model)
        return loss

    def train(self, lr, seed):
        """Full training with early stopping on validation loss: accuracy at the best epoch (0 = untrained)."""
        model, optimizer = self.fresh(lr, seed)
        best_loss, best_acc = self.evaluate(model)
        best_epoch, epoch = 0, 0
        generator_seed = seed
        for epoch in range(1, self.spec["epochs"] + 1):
            diverged = False
            for index in batches(len(self.data[0]), self.spec["batch"], None, generator_seed * 1000 + epoch):
                if math.isnan(self.step(model, optimizer, index)):
                    diverged = True
                    break
            if diverged:
                break
            loss, acc = self.evaluate(model)
            if not math.isfinite(loss):
                break
            if loss < best_loss:
                best_loss, best_acc, best_epoch = loss, acc, epoch
            elif epoch - best_epoch >= self.spec["patience"]:
                break
        return {"lr": lr, "accuracy": best_acc, "valLoss": best_loss, "bestEpoch": best_epoch, "epochs": epoch}

    def range_test(self, seed, start_lr=1e-7, end_lr=10.0, num_it=100, beta=0.98, stop_factor=4.0):
        """One continuous run with lr growing as fastai's SchedExp; raw training losses (stops as fastai does)."""
        model, optimizer = self.fresh(start_lr, seed)
        losses, avg, best = [], 0.0, math.inf
        for i, index in enumerate(batches(len(self.data[0]), self.spec["batch"], num_it, seed)):
            for group in optimizer.param_groups:
                group["lr"] = start_lr * (end_lr / start_lr) ** (i / num_it)
            loss = self.step(model, optimizer, index)
            losses.append(loss if math.isfinite(loss) else None)
            if not math.isfinite(loss):
                break
            avg = beta * avg + (1 - beta) * loss
            smoothed = avg / (1 - beta ** (i + 1))
            best = min(best, smoothed)
            if smoothed > stop_factor * best:
                break
        return {"startLr": start_lr, "endLr": end_lr, "numIt": num_it, "losses": losses}


def main(argv):
    if len(argv) < 2 or argv[0] not in ("serve", "grid", "range"):
        raise SystemExit("usage: models.py serve|grid|range MODEL [--seed S] [--lrs A,B,...]")
    command, model = argv[0], Model(argv[1])
    options = dict(zip(argv[2::2], argv[3::2]))
    seed = int(options.get("--seed", "0"))
    if command == "serve":
        from lr_sweep_worker import serve

        serve(model.trial)
    elif command == "grid":
        lrs = [float(v) for v in options["--lrs"].split(",")]
        for lr in lrs:
            print(json.dumps(model.train(lr, seed)), flush=True)
    else:
        print(json.dumps(model.range_test(seed)))


if __name__ == "__main__":
    main(sys.argv[1:])
