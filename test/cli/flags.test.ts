import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import {
  booleanFlag,
  choiceFlag,
  integerFlag,
  listFlag,
  lrFlag,
  numberFlag,
  parseFlags,
  pathFlag,
  toChoice,
  toInteger,
  toLr,
  toNumber,
  toPath,
} from '../../src/cli/flags.js';
import { flagName, messages } from '../../src/cli/messages.js';

function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

const specs = {
  startLr: lrFlag({ help: 'first lr', default: 1e-7 }),
  steps: integerFlag({ help: 'steps', default: 20, min: 1 }),
  seed: integerFlag({ help: 'seed', default: 0 }),
  threshold: numberFlag({ help: 'decades', default: 0.05, min: 0, minExclusive: true }),
  method: choiceFlag({ help: 'pick', choices: ['midpoint', 'half-loss'] as const, aliases: { halfLoss: 'half-loss' }, default: 'midpoint' }),
  out: pathFlag({ help: 'dir', default: 'lr-sweep-report' }),
  config: pathFlag({ help: 'config' }),
  json: booleanFlag({ help: 'json' }),
};

describe('flagName', () => {
  it('flagName(key) turns camelCase keys into --kebab-case flags', () => {
    expect(flagName('startLr')).toBe('--start-lr');
    expect(flagName('json')).toBe('--json');
  });
});

describe('converters', () => {
  it('toNumber(raw) accepts decimal and exponent forms and rejects hex, blanks and infinities', () => {
    expect(toNumber('0.5', '--x')).toBe(0.5);
    expect(toNumber('1e-3', '--x')).toBe(1e-3);
    expect(toNumber('-2', '--x')).toBe(-2);
    for (const bad of ['0x10', '', ' ', 'Infinity', '1e999', 'abc', '1,5']) {
      expect(usageMessage(() => toNumber(bad, '--x'))).toBe(messages.badValue('--x', bad, 'a number'));
    }
  });

  it('toNumber(raw, range) names the range in its message', () => {
    expect(usageMessage(() => toNumber('0', '--threshold', { min: 0, minExclusive: true }))).toBe(
      messages.badValue('--threshold', '0', 'a number > 0'),
    );
    expect(usageMessage(() => toNumber('5', '--f', { min: 1, max: 4 }))).toBe(messages.badValue('--f', '5', 'a number >= 1 and <= 4'));
    expect(toNumber('4', '--f', { min: 1, max: 4 })).toBe(4);
  });

  it('toInteger(raw) accepts whole numbers only', () => {
    expect(toInteger('20', '--steps', { min: 1 })).toBe(20);
    for (const bad of ['2.5', '1e3', '', 'ten']) {
      expect(usageMessage(() => toInteger(bad, '--steps', { min: 1 }))).toBe(messages.badValue('--steps', bad, 'a whole number >= 1'));
    }
    expect(usageMessage(() => toInteger('0', '--steps', { min: 1 }))).toBe(messages.badValue('--steps', '0', 'a whole number >= 1'));
  });

  it('toLr(raw) accepts positive finite numbers and rejects zero, negatives and garbage', () => {
    expect(toLr('1e-7', '--start-lr')).toBe(1e-7);
    expect(toLr('0.3', '--start-lr')).toBe(0.3);
    for (const bad of ['0', '-1e-3', 'nan', 'inf', 'x']) {
      expect(usageMessage(() => toLr(bad, '--start-lr'))).toBe(messages.badValue('--start-lr', bad, 'a learning rate > 0, such as 1e-3'));
    }
  });

  it('toChoice(raw) accepts choices and aliases and lists only the canonical choices when wrong', () => {
    expect(toChoice('half-loss', '--method', ['midpoint', 'half-loss'])).toBe('half-loss');
    expect(toChoice('halfLoss', '--method', ['midpoint', 'half-loss'], { halfLoss: 'half-loss' })).toBe('half-loss');
    expect(usageMessage(() => toChoice('fast', '--method', ['midpoint', 'half-loss']))).toBe(
      messages.badValue('--method', 'fast', 'one of midpoint, half-loss'),
    );
  });

  it('toPath(raw) rejects an empty path', () => {
    expect(toPath('out/dir', '--out')).toBe('out/dir');
    expect(usageMessage(() => toPath('', '--out'))).toBe(messages.badValue('--out', '', 'a file or directory path'));
  });
});

describe('parseFlags', () => {
  it('parseFlags(argv, specs) fills defaults and records nothing as given for an empty argv', () => {
    const { values, given, positionals } = parseFlags([], specs, { command: 'search' });
    expect(values).toEqual({ startLr: 1e-7, steps: 20, seed: 0, threshold: 0.05, method: 'midpoint', out: 'lr-sweep-report', config: undefined, json: false });
    expect(given.size).toBe(0);
    expect(positionals).toEqual([]);
  });

  it('parseFlags(argv, specs) converts --flag V and --flag=V and records what was given', () => {
    const { values, given } = parseFlags(['--start-lr', '1e-5', '--steps=30', '--method', 'halfLoss', '--json'], specs, { command: 'search' });
    expect(values.startLr).toBe(1e-5);
    expect(values.steps).toBe(30);
    expect(values.method).toBe('half-loss');
    expect(values.json).toBe(true);
    expect([...given].sort()).toEqual(['json', 'method', 'startLr', 'steps']);
  });

  it('parseFlags(argv, specs) passes a negative number after a flag to its converter', () => {
    expect(parseFlags(['--seed', '-3'], specs, { command: 'search' }).values.seed).toBe(-3);
    expect(usageMessage(() => parseFlags(['--steps', '-3'], specs, { command: 'search' }))).toBe(
      messages.badValue('--steps', '-3', 'a whole number >= 1'),
    );
  });

  it('parseFlags(argv, specs) rejects an unknown flag in one line, suggesting a near one', () => {
    expect(usageMessage(() => parseFlags(['--step', '3'], specs, { command: 'search' }))).toBe(
      messages.unknownFlag('--step', 'search', '--steps'),
    );
    expect(usageMessage(() => parseFlags(['--zzzzzz'], specs, { command: 'search' }))).toBe(messages.unknownFlag('--zzzzzz', 'search', null));
  });

  it('parseFlags(argv, specs) rejects a missing value and a value given to a boolean flag', () => {
    expect(usageMessage(() => parseFlags(['--steps'], specs, { command: 'search' }))).toBe(messages.missingValue('--steps'));
    expect(usageMessage(() => parseFlags(['--json=yes'], specs, { command: 'search' }))).toBe(messages.flagTakesNoValue('--json'));
  });

  it('parseFlags(argv, specs) rejects a repeated flag in one line naming both values', () => {
    expect(usageMessage(() => parseFlags(['--steps', '20', '--steps=30'], specs, { command: 'search' }))).toBe(messages.repeatedFlag('--steps', ['20', '30']));
    expect(messages.repeatedFlag('--steps', ['20', '30'])).toContain('"20" and "30"');
    expect(usageMessage(() => parseFlags(['--seed', '-1', '--seed', '2'], specs, { command: 'search' }))).toBe(messages.repeatedFlag('--seed', ['-1', '2']));
    expect(usageMessage(() => parseFlags(['--json', '--json'], specs, { command: 'search' }))).toBe(messages.repeatedFlag('--json', []));
  });

  it('parseFlags(argv, specs) enforces the number of positionals', () => {
    expect(usageMessage(() => parseFlags(['extra'], specs, { command: 'search' }))).toBe(messages.unexpectedArgument('extra', 'search'));
    expect(usageMessage(() => parseFlags([], specs, { command: 'analyze', minPositionals: 1, maxPositionals: 1, positionalName: 'a FILE' }))).toBe(
      messages.missingArgument('a FILE', 'analyze'),
    );
    expect(parseFlags(['a.csv'], specs, { command: 'analyze', minPositionals: 1, maxPositionals: 1 }).positionals).toEqual(['a.csv']);
  });
});

describe('listFlag', () => {
  const listSpecs = { keyFiles: listFlag({ help: 'globs', valueName: 'GLOB' }), steps: integerFlag({ help: 'steps', default: 20, min: 1 }) };

  it('parseFlags(argv, {listFlag}) keeps every value of a repeated flag in order, [] when absent, and marks it given', () => {
    const parsed = parseFlags(['--key-files', 'a.py', '--key-files=src/**/*.py'], listSpecs, { command: 'search' });
    expect(parsed.values.keyFiles).toEqual(['a.py', 'src/**/*.py']);
    expect(parsed.given.has('keyFiles')).toBe(true);
    const absent = parseFlags([], listSpecs, { command: 'search' });
    expect(absent.values.keyFiles).toEqual([]);
    expect(absent.given.has('keyFiles')).toBe(false);
  });

  it('parseFlags(argv, {listFlag}) refuses an empty value with one line, and other flags still refuse a repeat', () => {
    expect(usageMessage(() => parseFlags(['--key-files', 'a.py', '--key-files', ' '], listSpecs, { command: 'search' }))).toBe(messages.badValue('--key-files', ' ', 'a non-empty value'));
    expect(usageMessage(() => parseFlags(['--steps', '1', '--steps', '2'], listSpecs, { command: 'search' }))).toBe(messages.repeatedFlag('--steps', ['1', '2']));
  });
});
