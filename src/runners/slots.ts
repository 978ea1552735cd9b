/** Slot numbers for runners that run several trials at once (`LR_SWEEP_SLOT`). */

/**
 * Hands out the lowest slot number (0-based) nobody holds, so with `--parallel N` the slots in use are
 * always 0..N-1 and a trial can pick a device by slot.
 */
export class SlotPool {
  private readonly held = new Set<number>();

  /** Takes the lowest free slot. */
  take(): number {
    let slot = 0;
    while (this.held.has(slot)) slot += 1;
    this.held.add(slot);
    return slot;
  }

  /** Gives `slot` back. */
  give(slot: number): void {
    this.held.delete(slot);
  }
}
