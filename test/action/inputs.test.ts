import { describe, expect, it } from 'vitest';
import { InputDefaults, Inputs, type InputName } from '../../src/action/constants.js';
import { readInputs } from '../../src/action/inputs.js';
import { ARTIFACT_NAME_ALLOWED, badInput, sourceInputs, TOLERANCE_ALLOWED } from '../../src/action/messages.js';
import { deviceMessages } from '../../src/runners/messages.js';
import { toInteger } from '../../src/cli/flags.js';
import { UsageError } from '../../src/errors.js';
import { MAX_REPEATS } from '../../src/repeats/run.js';

const DECADES = 1e-12;

function getter(values: Partial<Record<InputName, string>>): (name: InputName) => string {
  return (name) => values[name] ?? '';
}

function readWith(values: Partial<Record<InputName, string>>) {
  return readInputs(getter({ [Inputs.Command]: 'python train.py --lr {lr}', ...values }));
}

function errorOf(values: Partial<Record<InputName, string>>): string {
  try {
    readWith(values);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('readInputs', () => {
  it('readInputs(get) applies the action.yml defaults when inputs are empty', () => {
    const inputs = readWith({});
    expect(inputs.source).toEqual({ kind: 'command', command: 'python train.py --lr {lr}', trialTimeout: null, ignoredBackend: null });
    expect(inputs.method).toBe('midpoint');
    expect(inputs.baselineFile).toBe('.github/lr-sweep.json');
    expect(inputs.baselineKey).toBeNull();
    expect(inputs.expectedLr).toBeNull();
    expect(inputs.toleranceDecades).toBe(0.3);
    expect(inputs.failOnDrift).toBe(true);
    expect(inputs.updateBaseline).toBe(false);
    expect(inputs.comment).toBe(true);
    expect(inputs.allowForkPrs).toBe(false);
    expect(inputs.artifactName).toBe('lr-sweep-report');
    expect(inputs.workingDirectory).toBe('.');
    expect(inputs.settings).toEqual({});
  });

  it('readInputs reads config with its backend', () => {
    const inputs = readInputs(getter({ [Inputs.Config]: 'lr-sweep.config.mjs', [Inputs.Backend]: 'wasm' }));
    expect(inputs.source).toEqual({ kind: 'config', configPath: 'lr-sweep.config.mjs', backend: 'wasm' });
  });

  it('readInputs rejects two of config, command and worker together, and none', () => {
    expect(errorOf({ [Inputs.Config]: 'a.mjs' })).toBe(sourceInputs([Inputs.Config, Inputs.Command]));
    expect(errorOf({ [Inputs.Command]: 'x', [Inputs.Worker]: 'python3 w.py' })).toBe(sourceInputs([Inputs.Command, Inputs.Worker]));
    expect(() => readInputs(getter({}))).toThrow(sourceInputs([]));
  });

  it('readInputs reads worker with trial-timeout, devices and strict-range', () => {
    const inputs = readInputs(getter({ [Inputs.Command]: '', [Inputs.Worker]: 'python3 worker.py', [Inputs.TrialTimeout]: '90', [Inputs.Devices]: '0,1', [Inputs.StrictRange]: 'true' }));
    expect(inputs.source).toEqual({ kind: 'worker', command: 'python3 worker.py', trialTimeout: 90, ignoredBackend: null });
    expect(inputs.devices).toEqual(['0', '1']);
    expect(inputs.settings.strictRange).toBe(true);
    expect(readInputs(getter({ [Inputs.Command]: 'x' })).settings.strictRange).toBeUndefined();
    expect(errorOf({ [Inputs.Devices]: '1,1' })).toBe(deviceMessages.twice('the devices input', '1,1', '1'));
    expect(errorOf({ [Inputs.Command]: '', [Inputs.Config]: 'a.mjs', [Inputs.TrialTimeout]: '5' })).toBe(badInput(Inputs.TrialTimeout, '5', 'empty with config (it applies to command and worker)'));
  });

  it('readInputs(get) reads cache, cache-key-files (one glob per line) and cache-max-mb; the cache is off by default', () => {
    expect(readWith({}).cache).toBeNull();
    expect(readWith({ [Inputs.Cache]: 'true' }).cache).toEqual({ keyFiles: [], maxMb: 100 });
    const inputs = readWith({ [Inputs.Cache]: 'true', [Inputs.CacheKeyFiles]: 'train.py\r\n\n  src/**/*.py  \n', [Inputs.CacheMaxMb]: '2.5' });
    expect(inputs.cache).toEqual({ keyFiles: ['train.py', 'src/**/*.py'], maxMb: 2.5 });
    expect(errorOf({ [Inputs.Cache]: 'yes' })).toBe(badInput(Inputs.Cache, 'yes', 'true or false'));
    expect(errorOf({ [Inputs.Cache]: 'true', [Inputs.CacheMaxMb]: '0' })).toBe(badInput(Inputs.CacheMaxMb, '0', 'a positive number of megabytes such as 100'));
    expect(errorOf({ [Inputs.CacheKeyFiles]: 'train.py' })).toBe(badInput(Inputs.CacheKeyFiles, 'train.py', 'empty unless cache is true'));
  });

  it('readInputs(get) reads shard as I/N against repeats and merge as a boolean; merge needs no trial source', () => {
    expect(readWith({}).shard).toBeNull();
    expect(readWith({}).merge).toBe(false);
    expect(readWith({ [Inputs.Repeats]: '6', [Inputs.Shard]: '2/3' }).shard).toEqual({ index: 2, count: 3 });
    expect(() => readWith({ [Inputs.Shard]: '1/2' })).toThrow(new UsageError('shard 1/2: needs repeats K (shards split the repeats)'));
    expect(() => readWith({ [Inputs.Repeats]: '2', [Inputs.Shard]: '1/3' })).toThrow(new UsageError('shard 1/3: 3 shards for repeats 2; at most 2 shards'));
    expect(() => readWith({ [Inputs.Repeats]: '2', [Inputs.Shard]: 'two' })).toThrow(new UsageError('shard: "two" is not I/N with 1 <= I <= N (e.g. 2/3)'));
    expect(() => readWith({ [Inputs.Repeats]: '2', [Inputs.Shard]: '1/2', [Inputs.Merge]: 'true' })).toThrow(UsageError);
    const merge = readInputs(getter({ [Inputs.Merge]: 'true' }));
    expect([merge.merge, merge.source]).toEqual([true, null]);
    expect(() => readInputs(getter({ [Inputs.Merge]: 'false' }))).toThrow(sourceInputs([]));
  });

  it('readInputs(get) reads repeats as a whole number from 1 to MAX_REPEATS, default 1', () => {
    expect(readWith({}).repeats).toBe(1);
    expect(readWith({ [Inputs.Repeats]: '5' }).repeats).toBe(5);
    expect(readWith({ [Inputs.Repeats]: String(MAX_REPEATS) }).repeats).toBe(MAX_REPEATS);
    const allowed = `a whole number from 1 to ${MAX_REPEATS}`;
    for (const bad of ['0', String(MAX_REPEATS + 1), '2.5', 'three', '-1']) expect(errorOf({ [Inputs.Repeats]: bad })).toBe(badInput('repeats', bad, allowed));
  });

  it('readInputs maps the kebab-case methods to the library names', () => {
    expect(readWith({ [Inputs.Method]: 'half-loss' }).method).toBe('halfLoss');
    expect(readWith({ [Inputs.Method]: 'steepest' }).method).toBe('steepest');
    expect(errorOf({ [Inputs.Method]: 'halfLoss' })).toBe(badInput('method', 'halfLoss', 'one of midpoint, half-loss, steepest, basin'));
  });

  it('readInputs reads tolerance in decades or as a factor', () => {
    expect(readWith({ [Inputs.Tolerance]: '0.5' }).toleranceDecades).toBe(0.5);
    // 2x = log10(2) = 0.30103 decades.
    expect(Math.abs(readWith({ [Inputs.Tolerance]: '2x' }).toleranceDecades - Math.log10(2))).toBeLessThan(DECADES);
    expect(errorOf({ [Inputs.Tolerance]: 'abc' })).toBe('tolerance "abc" is invalid: expected a positive number of decades or a factor like 2x');
    for (const bad of ['0', '-1', '1x', '0.5x', 'x', '2xx']) expect(errorOf({ [Inputs.Tolerance]: bad })).toBe(badInput('tolerance', bad, TOLERANCE_ALLOWED));
  });

  it('readInputs reads the search settings the user set, and only those', () => {
    const inputs = readWith({
      [Inputs.StartLr]: '1e-6',
      [Inputs.EndLr]: '1',
      [Inputs.CoarseStep]: '0.25',
      [Inputs.Threshold]: '0.1',
      [Inputs.MaxTrials]: '40',
      [Inputs.Steps]: '10',
      [Inputs.Seed]: '0',
      [Inputs.Parallel]: '2',
    });
    expect(inputs.settings).toEqual({ startLr: 1e-6, endLr: 1, coarseStep: 0.25, threshold: 0.1, maxTrials: 40, steps: 10, seed: 0, parallel: 2 });
  });

  it('readInputs(get) reads numbers by the same rule as the CLI flags: a plus sign is fine, -0 is not a seed', () => {
    // One parser for both edges: `--max-trials +40` and `max-trials: +40` both give 40; `-0` is refused by both.
    expect(readWith({ [Inputs.MaxTrials]: '+40', [Inputs.StartLr]: '.5e-6' }).settings).toEqual({ maxTrials: 40, startLr: 5e-7 });
    expect(toInteger('+40', '--max-trials', { min: 1 })).toBe(40);
    expect(errorOf({ [Inputs.Seed]: '-0' })).toBe(badInput(Inputs.Seed, '-0', 'a whole number >= 0'));
    expect(() => toInteger('-0', '--seed', { min: 0 })).toThrow(UsageError);
  });

  it.each([
    [Inputs.StartLr, '0', 'a positive learning rate such as 1e-7'],
    [Inputs.EndLr, 'ten', 'a positive learning rate such as 10'],
    [Inputs.CoarseStep, '-0.5', 'a positive number of decades such as 0.5'],
    [Inputs.Threshold, '0x10', 'a positive number of decades such as 0.05'],
    [Inputs.MaxTrials, '2.5', 'a whole number >= 1'],
    [Inputs.Steps, '0', 'a whole number >= 1'],
    [Inputs.Seed, '-1', 'a whole number >= 0'],
    [Inputs.Parallel, 'many', 'a whole number >= 1'],
    [Inputs.ExpectedLr, '-3e-4', 'a positive learning rate such as 3e-4'],
    [Inputs.FailOnDrift, 'yes', 'true or false'],
    [Inputs.Comment, '1', 'true or false'],
    [Inputs.BaselineKey, 'optimizer..lr', 'a dot path such as optimizer.lr'],
    [Inputs.ArtifactName, 'a/b', ARTIFACT_NAME_ALLOWED],
    [Inputs.ArtifactName, '..', ARTIFACT_NAME_ALLOWED],
    [Inputs.ArtifactName, '.', ARTIFACT_NAME_ALLOWED],
    [Inputs.ArtifactName, '.hidden', ARTIFACT_NAME_ALLOWED],
    [Inputs.ArtifactName, 'report.', ARTIFACT_NAME_ALLOWED],
  ] as const)('readInputs names %s, the value and what is allowed when it is bad', (name, value, allowed) => {
    expect(errorOf({ [name]: value })).toBe(badInput(name, value, allowed));
  });

  it('readInputs rejects an unknown backend even with command, and reports a non-default one as ignored', () => {
    expect(errorOf({ [Inputs.Backend]: 'cuda' })).toBe(badInput('backend', 'cuda', 'one of auto, tensorflow-gpu, tensorflow, wasm, cpu'));
    expect(readWith({ [Inputs.Backend]: 'wasm' }).source).toMatchObject({ kind: 'command', ignoredBackend: 'wasm' });
  });

  it('readInputs accepts the boolean spellings core.getBooleanInput accepts', () => {
    for (const t of ['true', 'True', 'TRUE']) expect(readWith({ [Inputs.UpdateBaseline]: t }).updateBaseline).toBe(true);
    for (const f of ['false', 'False', 'FALSE']) expect(readWith({ [Inputs.FailOnDrift]: f }).failOnDrift).toBe(false);
  });

  it('readInputs treats the unexpanded default token expression as no token', () => {
    expect(readWith({ [Inputs.GithubToken]: InputDefaults[Inputs.GithubToken] }).githubToken).toBe('');
    expect(readWith({ [Inputs.GithubToken]: 'ghs_x' }).githubToken).toBe('ghs_x');
  });

  it('readInputs trims whitespace around values', () => {
    expect(readWith({ [Inputs.ExpectedLr]: ' 3e-4 \n' }).expectedLr).toBe(3e-4);
  });
});
