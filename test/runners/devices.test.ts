import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { createCommandRunner } from '../../src/runners/command/index.js';
import { CUDA_DEVICES_ENV, DEVICE_ENV, deviceEnv, parseDevices, slotCount } from '../../src/runners/devices.js';
import { deviceMessages } from '../../src/runners/messages.js';
import { createWorkerRunner } from '../../src/runners/worker/index.js';
import { search } from '../../src/search/search.js';
import { resolveSettings } from '../../src/search/settings.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-sweep-devices-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseDevices(text)', () => {
  it('parseDevices("0,1,2,3") returns the ids in order, spaces around entries dropped', () => {
    expect(parseDevices('0,1,2,3')).toEqual(['0', '1', '2', '3']);
    expect(parseDevices(' 2 , GPU-8f6c-aa ')).toEqual(['2', 'GPU-8f6c-aa']);
  });

  it('parseDevices(bad) throws one-line UsageErrors naming the input, the value and what is allowed', () => {
    const cases: Array<[string, string]> = [
      ['', deviceMessages.empty('devices', '')],
      ['0,,1', deviceMessages.badEntry('devices', '0,,1', '')],
      ['0,1 2', deviceMessages.badEntry('devices', '0,1 2', '1 2')],
      ['0,1,0', deviceMessages.twice('devices', '0,1,0', '0')],
    ];
    for (const [text, message] of cases) {
      expect(() => parseDevices(text)).toThrow(UsageError);
      expect(() => parseDevices(text)).toThrow(message);
      expect(message).not.toContain('\n');
      expect(message).toContain('devices');
    }
    expect(() => parseDevices('a;b', 'the devices input')).toThrow(/^the devices input "a;b"/);
  });
});

describe('slotCount(slots, devices)', () => {
  it('slotCount defaults to one slot per device, else to 1, and takes fewer slots than devices', () => {
    expect(slotCount(undefined, ['0', '1', '2'])).toBe(3);
    expect(slotCount(undefined, undefined)).toBe(1);
    expect(slotCount(2, ['0', '1', '2'])).toBe(2);
    expect(slotCount(5, undefined)).toBe(5);
  });

  it('slotCount rejects more slots than devices and a device listed twice', () => {
    expect(() => slotCount(3, ['0', '1'])).toThrow(deviceMessages.moreSlots('devices', ['0', '1'], 3));
    expect(() => slotCount(undefined, ['1', '1'])).toThrow(deviceMessages.twice('devices', '1,1', '1'));
    expect(() => slotCount(0, undefined)).toThrow(UsageError);
  });

  it('deviceEnv(slot, devices) sets CUDA_VISIBLE_DEVICES and LR_SWEEP_DEVICE to the slot\'s device, nothing without devices', () => {
    expect(deviceEnv(1, ['4', '7'])).toEqual({ [CUDA_DEVICES_ENV]: '7', [DEVICE_ENV]: '7' });
    expect(deviceEnv(0, undefined)).toEqual({});
  });
});

/** One trial's record: its device (both variables) and its start and end, nanoseconds. */
interface Span {
  readonly device: string;
  readonly cuda: string;
  readonly start: bigint;
  readonly end: bigint;
}

async function spans(path: string): Promise<Span[]> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l !== '');
  return lines.map((line) => {
    const [device, cuda, start, end] = line.split(' ');
    return { device: device!, cuda: cuda!, start: BigInt(start!), end: BigInt(end!) };
  });
}

/** Spans on the same device that overlap in time. */
function overlaps(all: readonly Span[]): Array<[Span, Span]> {
  const found: Array<[Span, Span]> = [];
  const byDevice = new Map<string, Span[]>();
  for (const span of all) byDevice.set(span.device, [...(byDevice.get(span.device) ?? []), span]);
  for (const list of byDevice.values()) {
    const sorted = [...list].sort((a, b) => (a.start < b.start ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) found.push([sorted[i - 1]!, sorted[i]!]);
  }
  return found;
}

describe('createCommandRunner({ devices })', () => {
  it('createCommandRunner on devices 0,1,2 with parallel 3 never runs two trials on one device at once', async () => {
    const log = join(dir, 'command-spans.txt');
    const script = join(dir, 'trial.sh');
    // Records the device and the trial's start and end; the loss is a bowl in log-lr so the search refines.
    await writeFile(
      script,
      [
        's=$(date +%s%N)',
        'sleep 0.05',
        'echo "$LR_SWEEP_DEVICE $CUDA_VISIBLE_DEVICES $s $(date +%s%N)" >> "$SPANS"',
        'awk -v lr="$1" \'BEGIN { if (lr == 0) print 2; else { x = log(lr) / log(10) + 2; print 1 + x * x / 10 } }\'',
      ].join('\n'),
    );
    const runner = createCommandRunner({ command: `sh ${script} {lr}`, devices: ['0', '1', '2'], env: { ...process.env, SPANS: log } });
    await search(runner, resolveSettings({ parallel: 3, maxTrials: 30, startLr: 1e-6, endLr: 1 }));
    const all = await spans(log);
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(new Set(all.map((s) => s.device))).toEqual(new Set(['0', '1', '2']));
    for (const s of all) expect(s.cuda).toBe(s.device);
    expect(overlaps(all)).toEqual([]);
  }, 120_000);

  it('createCommandRunner with more trials asked at once than devices makes the rest wait for a free device', async () => {
    const log = join(dir, 'burst-spans.txt');
    const command = `s=$(date +%s%N); sleep 0.05; echo "$LR_SWEEP_DEVICE $CUDA_VISIBLE_DEVICES $s $(date +%s%N)" >> "${log}"; echo 1`;
    const runner = createCommandRunner({ command, devices: ['0', '1', '2'] });
    await Promise.all(Array.from({ length: 12 }, (_, i) => runner.run(10 ** -i, { steps: 1, seed: 0 })));
    const all = await spans(log);
    expect(all).toHaveLength(12);
    expect(overlaps(all)).toEqual([]);
  }, 60_000);

  it('createCommandRunner rejects more slots than devices with a UsageError', () => {
    expect(() => createCommandRunner({ command: 'echo 1', devices: ['0', '1'], slots: 3 })).toThrow(
      deviceMessages.moreSlots('devices', ['0', '1'], 3),
    );
  });
});

describe('createWorkerRunner({ devices })', () => {
  it('createWorkerRunner starts one worker per device, each seeing only its own device', async () => {
    const command = `while read -r line; do id=\${line#*\\"id\\":}; id=\${id%%,*}; echo "{\\"id\\": $id, \\"loss\\": $CUDA_VISIBLE_DEVICES.$LR_SWEEP_DEVICE$LR_SWEEP_SLOT}"; done`;
    const runner = createWorkerRunner({ command, devices: ['3', '5'] });
    try {
      const losses = await Promise.all([runner.run(0.1, { steps: 1, seed: 0 }), runner.run(0.2, { steps: 1, seed: 0 })]);
      // Slot 0 owns device 3 (loss 3.30), slot 1 owns device 5 (loss 5.51).
      expect(losses.map((o) => o.loss).sort()).toEqual([3.3, 5.51]);
    } finally {
      await runner.close?.();
    }
  }, 30_000);

  it('createWorkerRunner rejects a device listed twice with a UsageError', () => {
    expect(() => createWorkerRunner({ command: 'cat', devices: ['0', '0'] })).toThrow(UsageError);
  });
});
