/** The values one trial is run with, already as the text the command sees. */
export interface TrialValues {
    /** The learning rate, written so `Number(lr)` (and Python's `float(lr)`) gives back the exact double. */
    readonly lr: string;
    readonly steps: string;
    readonly seed: string;
}
/** The text values of a trial, as requested (the search asks for `steps` = 0 at lr = 0). */
export declare function trialValues(lr: number, steps: number, seed: number): TrialValues;
/**
 * Replaces every `{lr}`, `{steps}` and `{seed}` in `template`. Other braces are left alone.
 * Safe to hand to a shell: the values are numbers whose text holds only digits, '.', 'e', '+' and '-'
 * (checked here), so no quoting can be broken and nothing can be injected.
 */
export declare function expandTemplate(template: string, values: TrialValues): string;
/** Names of the environment variables every trial also receives. */
export declare const TRIAL_ENV: {
    readonly lr: "LR_SWEEP_LR";
    readonly steps: "LR_SWEEP_STEPS";
    readonly seed: "LR_SWEEP_SEED";
};
/** Name of the variable holding a trial's (or a worker's) slot: 0-based, unique among those running at once. */
export declare const SLOT_ENV = "LR_SWEEP_SLOT";
/** `base` plus LR_SWEEP_LR, LR_SWEEP_STEPS and LR_SWEEP_SEED. */
export declare function trialEnv(base: Readonly<Record<string, string | undefined>>, values: TrialValues): Record<string, string>;
