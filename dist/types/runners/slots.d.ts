/** Slot numbers for runners that run several trials at once (`LR_SWEEP_SLOT`). */
/**
 * Hands out the lowest slot number (0-based) nobody holds, so with `--parallel N` the slots in use are
 * always 0..N-1 and a trial can pick a device by slot.
 */
export declare class SlotPool {
    private readonly held;
    /** Takes the lowest free slot. */
    take(): number;
    /** Gives `slot` back. */
    give(slot: number): void;
}
