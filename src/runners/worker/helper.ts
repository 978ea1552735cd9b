/** Where the Python worker helper (`lr_sweep_worker.py`) is on disk. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The helper's file name, inside the package's `python/` folder. */
const WORKER_HELPER_FILE = 'lr_sweep_worker.py';

/**
 * Absolute path of the stdlib-only Python helper shipped with the package (`python/lr_sweep_worker.py`),
 * for `lr-sweep worker-helper --path`: a workflow can `cp` it or put its folder on PYTHONPATH.
 * Works from the sources (src/runners/worker/) and from the bundle (dist/).
 * @throws Error when the package's `python/` folder is missing (a broken install).
 */
export function workerHelperPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'python', WORKER_HELPER_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error(`lr-sweep: ${WORKER_HELPER_FILE} is missing from the package (looked in the python/ folder above ${fileURLToPath(import.meta.url)})`);
    dir = parent;
  }
}
