/**
 * Absolute path of the stdlib-only Python helper shipped with the package (`python/lr_sweep_worker.py`),
 * for `lr-sweep worker-helper --path`: a workflow can `cp` it or put its folder on PYTHONPATH.
 * Works from the sources (src/runners/worker/) and from the bundle (dist/).
 * @throws Error when the package's `python/` folder is missing (a broken install).
 */
export declare function workerHelperPath(): string;
