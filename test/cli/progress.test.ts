import { describe, expect, it } from 'vitest';
import { createProgressReporter, estimateRemainingMs, progressBar, progressLine, trialSeconds, wantsLiveProgress } from '../../src/cli/progress.js';
import type { TrialProgress } from '../../src/search/types.js';
import { fakeIo } from './fake-io.js';

const event = (over: Partial<TrialProgress> = {}): TrialProgress => ({
  index: 9,
  planned: 27,
  maxTrials: 60,
  lr: 10 ** -4.5,
  loss: 2.31849,
  diverged: false,
  round: 0,
  elapsedMs: 4_000,
  trialMs: 840,
  ...over,
});

describe('progress formatting', () => {
  it('progressLine(event) names the lr, the loss, trial i/N, the trial\'s time and the elapsed time', () => {
    expect(progressLine(event())).toBe('lr 3.16e-5  loss 2.318  trial 9/27 in 0.84 s  elapsed 0:04');
    expect(progressLine(event({ loss: Number.NaN, diverged: true }))).toBe('lr 3.16e-5  loss diverged  trial 9/27 in 0.84 s  elapsed 0:04');
  });

  it('trialSeconds(ms) keeps three significant digits up to 100 s', () => {
    expect([40, 840, 12_345, 95_400, 123_456, -5].map(trialSeconds)).toEqual(['0.04 s', '0.84 s', '12.3 s', '95.4 s', '123 s', '0.00 s']);
  });

  it('estimateRemainingMs(event) scales the time per finished trial by the trials left', () => {
    // 4000 ms / 9 trials * 18 left = 8000 ms.
    expect(estimateRemainingMs(event())).toBeCloseTo(8_000, 9);
    expect(estimateRemainingMs(event({ index: 0 }))).toBeNull();
    expect(estimateRemainingMs(event({ index: 27 }))).toBe(0);
  });

  it('progressBar(state) shows the bar, i/N, lr, loss, elapsed and ETA', () => {
    // 9/27 of a 20-wide track = 6.67, rounded to 7 filled.
    expect(progressBar({ event: event(), planned: 18, elapsedMs: 4_000 })).toBe(
      '[#######-------------] 9/27  lr 3.16e-5  loss 2.318 in 0.84 s  0:04  ETA 0:08',
    );
    expect(progressBar({ event: null, planned: 18, elapsedMs: 1_000 })).toBe('[--------------------] 0/18  starting  0:01');
  });

  it('progressBar(state, columns) never reaches the last column, so the terminal does not wrap', () => {
    const line = progressBar({ event: event(), planned: 18, elapsedMs: 4_000 }, 30);
    expect(line.length).toBe(29);
  });

  it('wantsLiveProgress(io) is true only on a terminal outside CI and GitHub Actions', () => {
    expect(wantsLiveProgress({ isTTY: true, env: {} })).toBe(true);
    expect(wantsLiveProgress({ isTTY: false, env: {} })).toBe(false);
    expect(wantsLiveProgress({ isTTY: true, env: { CI: 'true' } })).toBe(false);
    expect(wantsLiveProgress({ isTTY: true, env: { CI: '1' } })).toBe(false);
    expect(wantsLiveProgress({ isTTY: true, env: { CI: 'false' } })).toBe(true);
    expect(wantsLiveProgress({ isTTY: true, env: { GITHUB_ACTIONS: 'true' } })).toBe(false);
    expect(wantsLiveProgress({ isTTY: true, env: { TERM: 'dumb' } })).toBe(false);
  });
});

describe('createProgressReporter', () => {
  it('createProgressReporter(io) writes one plain line per trial and no carriage return when not a TTY', () => {
    const io = fakeIo({ isTTY: true, env: { GITHUB_ACTIONS: 'true' } });
    const reporter = createProgressReporter(io, { planned: 18 });
    reporter.sink(event({ index: 1 }));
    reporter.log('backend: cpu');
    reporter.sink(event({ index: 2 }));
    reporter.done();
    expect(io.err()).toBe(`${progressLine(event({ index: 1 }))}\nbackend: cpu\n${progressLine(event({ index: 2 }))}\n`);
    expect(io.err()).not.toContain('\r');
  });

  it('createProgressReporter(io) redraws one line with \\r on a terminal and ends it with a newline', () => {
    const io = fakeIo({ isTTY: true, columns: 120 });
    const reporter = createProgressReporter(io, { planned: 18, tickMs: 60_000 });
    reporter.sink(event({ index: 1 }));
    reporter.log('a log line');
    reporter.done();
    reporter.done();
    const err = io.err();
    expect(err.startsWith('\r[--------------------] 0/18  starting')).toBe(true);
    expect(err).toContain('\r\x1b[Ka log line\n\r[');
    expect(err.endsWith('\n')).toBe(true);
    // Only log lines and the final newline end lines; the bar itself is redrawn in place.
    expect(err.split('\n')).toHaveLength(3);
  });

  it('createProgressReporter(io) draws an 80-column bar when the terminal reports 0 columns', () => {
    const io = fakeIo({ isTTY: true, columns: 0 });
    const reporter = createProgressReporter(io, { planned: 18, tickMs: 60_000 });
    reporter.done();
    expect(io.err()).toMatch(/^\r\[-{20}\] 0\/18 {2}starting/);
  });
});
