import { describe, expect, it } from 'vitest';
import { BlowUpGate } from '../../src/search/blowup.js';

describe('BlowUpGate', () => {
  it('gate.admit(lr) runs an lr at once while fewer than two smaller ones could diverge', async () => {
    const gate = new BlowUpGate();
    expect(await gate.admit(1)).toBe(true);
    gate.finish(1, true);
    expect(await gate.admit(2)).toBe(true);
  });

  it('gate.admit(lr) skips an lr above two diverged ones', async () => {
    const gate = new BlowUpGate();
    for (const lr of [1, 2]) {
      expect(await gate.admit(lr)).toBe(true);
      gate.finish(lr, true);
    }
    expect(await gate.admit(3)).toBe(false);
    // Below the divergences nothing changes.
    expect(await gate.admit(0.5)).toBe(true);
  });

  it('gate.admit(lr) waits while two smaller trials still run, then decides on how they ended', async () => {
    const gate = new BlowUpGate();
    expect(await gate.admit(1)).toBe(true);
    expect(await gate.admit(2)).toBe(true);
    let decided: boolean | undefined;
    const third = gate.admit(3).then((ok) => (decided = ok));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(decided).toBeUndefined();
    gate.finish(1, false);
    await third;
    expect(decided).toBe(true);

    const gate2 = new BlowUpGate();
    await gate2.admit(1);
    await gate2.admit(2);
    const skipped = gate2.admit(3);
    gate2.finish(2, true);
    gate2.finish(1, true);
    expect(await skipped).toBe(false);
  });

  it('gate.admit(lr) admits nothing more once a trial failed, and rejects a waiter when the signal aborts', async () => {
    const gate = new BlowUpGate();
    await gate.admit(1);
    await gate.admit(2);
    const controller = new AbortController();
    const waiting = gate.admit(3, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    gate.finish(1, null);
    expect(await gate.admit(0.5)).toBe(false);
  });
});
