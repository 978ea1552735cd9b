/** Coarse lrs above this many diverged ones are not run: past a blow-up they would diverge too. */
export declare const SKIP_ABOVE_DIVERGED = 2;
/**
 * Decides, trial by trial, which coarse lrs to skip because {@link SKIP_ABOVE_DIVERGED} smaller
 * ones diverged, with the same answer at any `parallel`: an lr starts only once the trials below it
 * that are still running could not make it skippable, so a slot waits (near the blow-up only)
 * rather than run a trial a one-at-a-time search would have skipped.
 */
export declare class BlowUpGate {
    private readonly running;
    private readonly diverged;
    private wakers;
    private broken;
    /**
     * Resolves true when `lr` is to run (it then counts as running until {@link finish}), false when
     * it is past the blow-up, or when a trial failed (the search is ending). Rejects with the signal's
     * reason if `signal` aborts while waiting.
     */
    admit(lr: number, signal?: AbortSignal): Promise<boolean>;
    /** Records how an admitted trial ended: `diverged`, or `null` when it failed (no more trial is admitted). */
    finish(lr: number, diverged: boolean | null): void;
}
