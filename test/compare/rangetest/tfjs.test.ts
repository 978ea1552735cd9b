import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { openTfjsSession, type OpenedSession } from '../../../src/compare/rangetest/tfjsSession.js';
import { runTfjsRangeTest } from '../../../src/compare/rangetest/tfjs.js';
import { rangeTestLr } from '../../../src/compare/rangetest/schedule.js';
import { resolveRangeTestSettings } from '../../../src/compare/rangetest/settings.js';
import { RANGE_TEST_FILES, writeRangeTest } from '../../../src/compare/rangetest/write.js';
import { usedLrs } from './spy.config.mjs';

const CONFIG = resolve(import.meta.dirname, 'spy.config.mjs');
let opened: OpenedSession;

beforeAll(async () => {
  opened = await openTfjsSession({ configPath: CONFIG, backend: 'cpu' });
});

afterAll(() => {
  opened.session.dispose();
});

describe('runTfjsRangeTest', () => {
  it('runTfjsRangeTest(session) applies every update at the scheduled lr with one optimizer (Adam has no setter)', async () => {
    const settings = resolveRangeTestSettings({ numIt: 30, startLr: 1e-5, endLr: 1e-1 });
    usedLrs.length = 0;
    const result = await runTfjsRangeTest(opened, settings);
    const expected = Array.from({ length: result.steps.length }, (_, i) => rangeTestLr(i, 1e-5, 1e-1, 30));
    expect(usedLrs).toEqual(expected);
    expect(result.steps.map((s) => s.lr)).toEqual(expected);
  });

  it('runTfjsRangeTest(session) restores the initial weights and leaks no tensors', async () => {
    const settings = resolveRangeTestSettings({ numIt: 20, startLr: 1e-4, endLr: 1 });
    const before = opened.tf.memory().numTensors;
    const { loss: lossBefore } = await opened.session.evaluate();
    await runTfjsRangeTest(opened, settings);
    const { loss: lossAfter } = await opened.session.evaluate();
    expect(lossAfter).toBe(lossBefore);
    expect(opened.tf.memory().numTensors).toBe(before);
  });

  it('runTfjsRangeTest(session) leaks no tensors with tfjs momentum, whose dispose() alone forgets a scalar', async () => {
    const momentum = await openTfjsSession({ configPath: resolve(import.meta.dirname, 'momentum.config.mjs'), backend: 'cpu' });
    try {
      const settings = resolveRangeTestSettings({ numIt: 10, startLr: 1e-4, endLr: 1e-1 });
      await runTfjsRangeTest(momentum, settings);
      const before = momentum.tf.memory().numTensors;
      await runTfjsRangeTest(momentum, settings);
      expect(momentum.tf.memory().numTensors).toBe(before);
    } finally {
      momentum.session.dispose();
    }
  });

  it('runTfjsRangeTest(session) stops when the loss blows up and the curve still yields suggestions', async () => {
    // Adam at lr up to 1e3 on a 3-class problem: the smoothed loss passes 4x its best before the end.
    const settings = resolveRangeTestSettings({ numIt: 100, startLr: 1e-5, endLr: 1e3 });
    const result = await runTfjsRangeTest(opened, settings);
    expect(result.stopReason).not.toBe('completed');
    expect(result.steps.length).toBeLessThan(100);
    expect(result.suggestions.find((s) => s.method === 'fastaiValley')?.lr).not.toBeNull();
  });

  it('writeRangeTest(result, dir) writes range-test.json with the steps and a chart', async () => {
    const result = await runTfjsRangeTest(opened, resolveRangeTestSettings({ numIt: 20, startLr: 1e-4, endLr: 1 }));
    const dir = await mkdtemp(resolve(tmpdir(), 'lr-sweep-rt-'));
    const written = await writeRangeTest(result, dir, 'spy');
    const json = JSON.parse(await readFile(resolve(dir, RANGE_TEST_FILES.json), 'utf8'));
    expect(json.steps.length).toBe(20);
    expect(written.files.some((f) => f.endsWith(RANGE_TEST_FILES.svg))).toBe(true);
  });
});
