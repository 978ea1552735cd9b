/** Number and time formatting for terminal output. Pure. */

/** A loss for people: 4 significant digits ("0.6389", "2.303"); "diverged" for a diverged trial. */
export function displayLoss(loss: number | null, diverged = false): string {
  if (diverged || loss === null || !Number.isFinite(loss)) return 'diverged';
  return String(Number(loss.toPrecision(4)));
}

/** Milliseconds as m:ss, or h:mm:ss from an hour on ("0:07", "12:30", "1:02:03"). Negative counts as 0. */
export function displayDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
