import type { TrialRunner } from '../../search/types.js';
export { expandTemplate, trialValues, trialEnv, TRIAL_ENV, SLOT_ENV } from './template.js';
export { parseLossLine, lastNonEmptyLine } from './parse-loss.js';
/** Options for {@link createCommandRunner}. */
export interface CommandRunnerOptions {
    /** The command template, run with `/bin/sh -c`; `{lr}`, `{steps}` and `{seed}` are replaced. */
    readonly command: string;
    /** Working directory of every trial. Default: this process's cwd. */
    readonly cwd?: string;
    /** Base environment of every trial (LR_SWEEP_LR, _STEPS, _SEED and _SLOT are added). Default: `process.env`. */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /** Seconds a trial may run before its whole process group is stopped. Default: no limit. */
    readonly trialTimeout?: number;
    /** Milliseconds between SIGTERM and SIGKILL when stopping a trial. Default 2000. */
    readonly killGraceMs?: number;
    /** The shell. Default '/bin/sh'. */
    readonly shell?: string;
    /** Trials run at once at most; more wait for a free slot. A whole number >= 1. Default: one per device, else no limit. */
    readonly slots?: number;
    /** Devices, one per slot: a trial in slot i gets CUDA_VISIBLE_DEVICES and LR_SWEEP_DEVICE = `devices[i]`. Default: none. */
    readonly devices?: readonly string[];
    /** How `devices` is named in messages. Default 'devices'. */
    readonly devicesInput?: string;
    /** How `trialTimeout` is named in messages (`--trial-timeout`, `the trial-timeout input`). Default 'trial-timeout'. */
    readonly trialTimeoutOption?: string;
}
/**
 * A {@link TrialRunner} that runs a shell command per trial. Trials are independent processes, so
 * several may run at once; each gets `LR_SWEEP_SLOT`, the lowest slot number (0-based) no running trial
 * holds. Each trial leads its own process group: when the trial's shell exits, the group is ended at
 * once (SIGTERM, SIGKILL after the grace), so background children never outlive it. A non-zero exit,
 * unparseable output or a timeout rejects with a `TrialError` naming the lr, the command and the tail of
 * its stderr; an aborted `request.signal` ends the group and rejects with `signal.reason`.
 *
 * The lr = 0 trial is run with `{steps}` = 0: the command must then evaluate the untrained model,
 * which gives L(0). A plain `for step in range(steps)` loop does exactly that.
 * @example createCommandRunner({ command: 'python train.py --lr {lr} --steps {steps} --seed {seed}' })
 */
export declare function createCommandRunner(options: CommandRunnerOptions): TrialRunner & {
    readonly identity: string;
};
