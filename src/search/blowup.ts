/** Coarse lrs above this many diverged ones are not run: past a blow-up they would diverge too. */
export const SKIP_ABOVE_DIVERGED = 2;

/**
 * Decides, trial by trial, which coarse lrs to skip because {@link SKIP_ABOVE_DIVERGED} smaller
 * ones diverged, with the same answer at any `parallel`: an lr starts only once the trials below it
 * that are still running could not make it skippable, so a slot waits (near the blow-up only)
 * rather than run a trial a one-at-a-time search would have skipped.
 */
export class BlowUpGate {
  private readonly running = new Set<number>();
  private readonly diverged: number[] = [];
  private wakers: Array<() => void> = [];
  private broken = false;

  /**
   * Resolves true when `lr` is to run (it then counts as running until {@link finish}), false when
   * it is past the blow-up, or when a trial failed (the search is ending). Rejects with the signal's
   * reason if `signal` aborts while waiting.
   */
  async admit(lr: number, signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      signal?.throwIfAborted();
      const divergedBelow = this.diverged.filter((d) => d < lr).length;
      if (this.broken || divergedBelow >= SKIP_ABOVE_DIVERGED) return false;
      const runningBelow = [...this.running].filter((r) => r < lr).length;
      if (divergedBelow + runningBelow < SKIP_ABOVE_DIVERGED) {
        this.running.add(lr);
        return true;
      }
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          signal?.removeEventListener('abort', wake);
          resolve();
        };
        this.wakers.push(wake);
        signal?.addEventListener('abort', wake, { once: true });
      });
    }
  }

  /** Records how an admitted trial ended: `diverged`, or `null` when it failed (no more trial is admitted). */
  finish(lr: number, diverged: boolean | null): void {
    this.running.delete(lr);
    if (diverged === null) this.broken = true;
    else if (diverged) this.diverged.push(lr);
    const wakers = this.wakers;
    this.wakers = [];
    wakers.forEach((wake) => wake());
  }
}
