import type { TrialOutcome, TrialRunner } from '../../search/types.js';
import { type WorkerAnswer } from './protocol.js';
export { workerHelperPath } from './helper.js';
export { type WorkerLine, type WorkerAnswer } from './protocol.js';
/** Options for {@link createWorkerRunner}. */
export interface WorkerRunnerOptions {
    /** The worker command, run with `<shell> -c` once per slot; no placeholders are replaced. */
    readonly command: string;
    /** Working directory of every worker. Default: this process's cwd. */
    readonly cwd?: string;
    /** Base environment of every worker (LR_SWEEP_WORKER=1 and LR_SWEEP_SLOT are added). Default: `process.env`. */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /** Workers at most, one per slot; trials run at once up to this many. A whole number >= 1. Default: one per device, else 1. */
    readonly slots?: number;
    /** Devices, one per slot: slot i's worker gets CUDA_VISIBLE_DEVICES and LR_SWEEP_DEVICE = `devices[i]`. Default: none (environment unchanged). */
    readonly devices?: readonly string[];
    /** How `devices` is named in messages. Default 'devices'. */
    readonly devicesInput?: string;
    /** How `trialTimeout` is named in messages (`--trial-timeout`, `the trial-timeout input`). Default 'trial-timeout'. */
    readonly trialTimeoutOption?: string;
    /**
     * Turns an answer (the whole JSON object, its `loss` already read) into the trial's outcome; may throw to fail
     * the trial. For runners that speak this contract with extra keys. Default: `{ loss, diverged }`.
     */
    readonly answer?: (answer: WorkerAnswer, lr: number) => TrialOutcome;
    /** Seconds a trial may take to be answered, a fresh worker's start-up included. Default 600. */
    readonly trialTimeout?: number;
    /** Receives the workers' start-up times, restarts and every stdout line that is not an answer. Default: dropped. */
    readonly log?: (line: string) => void;
    /** The shell. Default '/bin/sh'. */
    readonly shell?: string;
    /** Milliseconds between SIGTERM and SIGKILL when a worker's process group is ended. Default 2000. */
    readonly killGraceMs?: number;
}
/**
 * A {@link TrialRunner} over persistent workers. Each `run()` takes the lowest free slot (waiting for one
 * when all are busy), starts that slot's worker if it is not running, writes
 * `{"id", "lr", "steps", "seed"}` and resolves with the next stdout line that is a JSON object with that id
 * and a `loss` key (null, NaN or ±Infinity: diverged). Other stdout lines go to `log`. A worker that dies
 * during a trial is restarted and the trial retried once; a second death, an answer whose loss is not a
 * number, or no answer within `trialTimeout` rejects with a `TrialError` naming the lr, the command and the
 * tail of the worker's stderr. An aborted `request.signal` ends the slot's worker and rejects with the
 * signal's reason. `close()` closes every worker's stdin and ends its group 5 s later if it has not exited;
 * `kill()` SIGKILLs every worker's group. After either, running trials reject as stopped and nothing restarts.
 * @example
 * const runner = createWorkerRunner({ command: 'python worker.py', slots: 2, log: console.error });
 */
export declare function createWorkerRunner(options: WorkerRunnerOptions): TrialRunner & {
    readonly identity: string;
};
