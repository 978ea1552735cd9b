import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { driftDecades, judge, newBaselineText, parseTolerance, readCommittedLr, roundLr, updateBaselineText } from '../../src/action/guard.js';
import { baselineKeyAmbiguous, baselineKeyBlocked, unreadableBaseline, baselineKeyMissing, baselineMultiDocument, baselineNotANumber } from '../../src/action/messages.js';
import { UsageError } from '../../src/errors.js';

const DECADES = 1e-12;

describe('parseTolerance', () => {
  it('parseTolerance(text) reads decades and factors', () => {
    expect(parseTolerance('0.3')).toBe(0.3);
    expect(parseTolerance('1')).toBe(1);
    // 10x is exactly one decade; 2X is log10(2).
    expect(parseTolerance('10x')).toBe(1);
    expect(Math.abs((parseTolerance('2X') ?? 0) - Math.log10(2))).toBeLessThan(DECADES);
    expect(Math.abs((parseTolerance('1.5 x') ?? 0) - Math.log10(1.5))).toBeLessThan(DECADES);
  });

  it('parseTolerance returns null for zero, negatives, factors up to 1 and garbage', () => {
    for (const bad of ['', 'abc', '0', '-0.3', '1x', '0.9x', 'x', 'NaN', 'Infinity', '1e999']) expect(parseTolerance(bad)).toBeNull();
  });
});

describe('judge', () => {
  it('driftDecades(selected, committed) is the absolute log10 distance', () => {
    // log10(1e-3) - log10(1e-4) = 1 decade, either way round.
    expect(Math.abs(driftDecades(1e-3, 1e-4) - 1)).toBeLessThan(DECADES);
    expect(Math.abs(driftDecades(1e-4, 1e-3) - 1)).toBeLessThan(DECADES);
    expect(driftDecades(3e-4, 3e-4)).toBe(0);
  });

  it('judge fails a drift beyond tolerance and passes one within', () => {
    expect(judge({ selectedLr: 1e-2, committedLr: 1e-3, toleranceDecades: 0.3, updateBaseline: false }).verdict).toBe('fail');
    expect(judge({ selectedLr: 1.5e-3, committedLr: 1e-3, toleranceDecades: 0.3, updateBaseline: false }).verdict).toBe('pass');
  });

  it('judge passes a drift exactly at a factor tolerance despite float rounding', () => {
    const tolerance = parseTolerance('2x') ?? 0;
    expect(judge({ selectedLr: 2e-3, committedLr: 1e-3, toleranceDecades: tolerance, updateBaseline: false }).verdict).toBe('pass');
    expect(judge({ selectedLr: 2.01e-3, committedLr: 1e-3, toleranceDecades: tolerance, updateBaseline: false }).verdict).toBe('fail');
  });

  it('judge reports no-window before anything else, no-baseline without a committed value, updated when asked', () => {
    expect(judge({ selectedLr: null, committedLr: 1e-3, toleranceDecades: 0.3, updateBaseline: true })).toEqual({ verdict: 'no-window', driftDecades: null });
    expect(judge({ selectedLr: 1e-3, committedLr: null, toleranceDecades: 0.3, updateBaseline: false })).toEqual({ verdict: 'no-baseline', driftDecades: null });
    const updated = judge({ selectedLr: 1e-2, committedLr: 1e-3, toleranceDecades: 0.3, updateBaseline: true });
    expect(updated.verdict).toBe('updated');
    expect(Math.abs((updated.driftDecades ?? 0) - 1)).toBeLessThan(DECADES);
  });
});

describe('readCommittedLr', () => {
  it('readCommittedLr(text, file, null) reads the top-level lr of JSON', () => {
    expect(readCommittedLr('{"lr": 0.001}', '.github/lr-sweep.json', null)).toBe(0.001);
  });

  it('readCommittedLr follows a dot path into YAML, including a YAML 1.2 exponent and a numeric string', () => {
    const yaml = '# training\noptimizer:\n  name: adam\n  lr: 3e-4 # tuned\n';
    expect(readCommittedLr(yaml, 'train.yaml', 'optimizer.lr')).toBe(3e-4);
    expect(readCommittedLr('optimizer:\n  lr: "1e-3"\n', 'train.yml', 'optimizer.lr')).toBe(1e-3);
  });

  it('readCommittedLr returns null for an empty document or a key that holds null', () => {
    expect(readCommittedLr('optimizer:\n  lr:\n', 'c.yml', 'optimizer.lr')).toBeNull();
    expect(readCommittedLr('{"lr": null}', 'b.json', null)).toBeNull();
    expect(readCommittedLr('', 'c.yml', null)).toBeNull();
    expect(readCommittedLr('# no value yet\n', 'c.yml', 'optimizer.lr')).toBeNull();
  });

  it('readCommittedLr throws, naming the key, the file and the keys present, when an existing file lacks the key', () => {
    // A typo'd key must not read as "no baseline": the guard would pass forever.
    expect(() => readCommittedLr('{"optimizer":{"lr":1e-3}}', 'b.json', 'optimiser.lr')).toThrow(
      new UsageError(baselineKeyMissing('b.json', 'optimiser.lr', 'optimiser', '', ['optimizer'])),
    );
    expect(() => readCommittedLr('optimizer:\n  name: adam\n  learning_rate: 1e-3\n', 'c.yml', 'optimizer.lr')).toThrow(
      baselineKeyMissing('c.yml', 'optimizer.lr', 'lr', 'optimizer', ['name', 'learning_rate']),
    );
    // The default key too: an existing file is a committed baseline, with or without the lr in it.
    expect(() => readCommittedLr('{"other": 1}', 'b.json', null)).toThrow(baselineKeyMissing('b.json', 'lr', 'lr', '', ['other']));
    expect(baselineKeyMissing('b.json', 'optimiser.lr', 'optimiser', '', ['optimizer'])).toContain('"optimizer"');
  });

  it('readCommittedLr throws baselineKeyBlocked, as the writer does, when the path crosses a scalar', () => {
    expect(() => readCommittedLr('{"lr":0.001}', 'b.json', 'lr.x')).toThrow(new UsageError(baselineKeyBlocked('b.json', 'lr.x', 'lr')));
    expect(() => readCommittedLr('optimizer: adam\n', 'c.yml', 'optimizer.lr')).toThrow(baselineKeyBlocked('c.yml', 'optimizer.lr', 'optimizer'));
    expect(() => readCommittedLr('[1, 2]\n', 'c.yml', null)).toThrow(baselineKeyBlocked('c.yml', 'lr', '(top level)'));
  });

  it('readCommittedLr(..., { allowMissingKey: true }) returns null for a missing key (update-baseline adds it) but still refuses a scalar on the path', () => {
    expect(readCommittedLr('{"other": 1}', 'b.json', null, { allowMissingKey: true })).toBeNull();
    expect(() => readCommittedLr('{"lr":0.001}', 'b.json', 'lr.x', { allowMissingKey: true })).toThrow(UsageError);
  });

  it('readCommittedLr names the file, key and value when the value is not a positive number', () => {
    expect(() => readCommittedLr('{"lr": "fast"}', 'b.json', null)).toThrow(new UsageError(baselineNotANumber('b.json', 'lr', '"fast"')));
    expect(() => readCommittedLr('{"lr": -1}', 'b.json', null)).toThrow(baselineNotANumber('b.json', 'lr', '-1'));
  });

  it('readCommittedLr rejects unparseable files and multi-document YAML with a one-line UsageError', () => {
    expect(() => readCommittedLr('{"lr": ', 'b.json', null)).toThrow(UsageError);
    expect(() => readCommittedLr('a: [1\n', 'b.yaml', null)).toThrow(/^baseline-file "b.yaml" is not valid JSON or YAML: [^\n]+$/);
    expect(() => readCommittedLr('lr: 1\n---\nlr: 2\n', 'b.yaml', null)).toThrow(baselineMultiDocument('b.yaml', 2));
  });
});

describe('updateBaselineText', () => {
  it('roundLr keeps 3 significant digits (at most 0.002 decades off)', () => {
    expect(roundLr(0.00031622776601683794)).toBe(0.000316);
    // |log10(0.000316) - log10(0.000316227766)| = 0.0003 decades.
    expect(driftDecades(roundLr(0.00031622776601683794), 0.00031622776601683794)).toBeLessThan(0.002);
  });

  it('updateBaselineText(null, file) creates {"lr": value} for a new JSON file', () => {
    const text = updateBaselineText(null, '.github/lr-sweep.json', null, 0.00031622776601683794);
    expect(text).toBe('{\n  "lr": 0.000316\n}\n');
    expect(text).toBe(newBaselineText('.github/lr-sweep.json', null, 0.00031622776601683794));
  });

  it('newBaselineText nests a dot path, as YAML for .yml files', () => {
    expect(newBaselineText('train.yml', 'optimizer.lr', 1e-3)).toBe('optimizer:\n  lr: 0.001\n');
    expect(parse(newBaselineText('train.yml', 'optimizer.adam.lr', 1e-3))).toEqual({ optimizer: { adam: { lr: 0.001 } } });
    expect(JSON.parse(newBaselineText('x.json', 'a.b', 2e-5))).toEqual({ a: { b: 2e-5 } });
  });

  it('updateBaselineText replaces an existing YAML value in place, keeping comments, other keys and layout', () => {
    const before = '# Training config (reviewed)\nmodel: resnet18   # backbone\noptimizer:\n  name: adam\n  lr: 1e-3  # tuned by lr-sweep\n  betas: [0.9, 0.999]\nbatch: 32\n';
    const after = updateBaselineText(before, 'train.yaml', 'optimizer.lr', 3.1623e-4);
    expect(after).toBe(before.replace('lr: 1e-3', 'lr: 0.000316'));
    expect(readCommittedLr(after, 'train.yaml', 'optimizer.lr')).toBe(0.000316);
  });

  it('updateBaselineText keeps the quoting style of the value it replaces, so a string stays a string', () => {
    const yaml = 'optimizer:\n  lr: "1e-3" # a string on purpose\n  wd: \'1e-4\'\n';
    const after = updateBaselineText(yaml, 'train.yaml', 'optimizer.lr', 3.1623e-4);
    expect(after).toBe('optimizer:\n  lr: "0.000316" # a string on purpose\n  wd: \'1e-4\'\n');
    expect(parse(after)).toEqual({ optimizer: { lr: '0.000316', wd: '1e-4' } });
    expect(updateBaselineText("lr: '1e-3'\n", 'b.yml', null, 2e-3)).toBe("lr: '0.002'\n");
    expect(updateBaselineText('{"lr": "1e-3"}', 'b.json', null, 2e-3)).toBe('{"lr": "0.002"}');
    expect(updateBaselineText('{"lr": 1e-3}', 'b.json', null, 2e-3)).toBe('{"lr": 0.002}');
  });

  it('updateBaselineText adds a missing YAML key with the Document API, keeping comments and other keys', () => {
    const before = '# Training config\nmodel: resnet18 # backbone\noptimizer:\n  name: adam # the optimizer\nbatch: 32\n';
    const after = updateBaselineText(before, 'train.yaml', 'optimizer.lr', 1e-3);
    expect(after).toContain('# Training config');
    expect(after).toContain('# backbone');
    expect(after).toContain('# the optimizer');
    expect(parse(after)).toEqual({ model: 'resnet18', optimizer: { name: 'adam', lr: 0.001 }, batch: 32 });
  });

  it('updateBaselineText replaces an existing JSON value in place, byte for byte elsewhere', () => {
    const before = '{\n    "model": "mlp",\n    "lr": 1e-3,\n    "layers": [64, 32]\n}\n';
    expect(updateBaselineText(before, 'cfg.json', null, 2e-4)).toBe(before.replace('1e-3', '0.0002'));
  });

  it('updateBaselineText adds a missing JSON key inside a one-line object on that line, keeping other keys in order', () => {
    const before = '{\n    "model": "mlp",\n    "optimizer": {"name": "sgd"}\n}\n';
    const after = updateBaselineText(before, 'cfg.json', 'optimizer.lr', 1e-2);
    expect(after).toBe('{\n    "model": "mlp",\n    "optimizer": {"name": "sgd", "lr": 0.01}\n}\n');
  });

  it('updateBaselineText adds a JSON key changing no other byte: big integers, 1.10 and one-line objects survive', () => {
    const before = '{\n  "seed": 12345678901234567890,\n  "decay": 1.10,\n  "aug": {"flip": true, "crop": 0.50}\n}\n';
    expect(updateBaselineText(before, 'cfg.json', null, 1e-3)).toBe('{\n  "seed": 12345678901234567890,\n  "decay": 1.10,\n  "aug": {"flip": true, "crop": 0.50},\n  "lr": 0.001\n}\n');
    expect(updateBaselineText(before, 'cfg.json', 'optimizer.lr', 1e-3)).toBe(
      '{\n  "seed": 12345678901234567890,\n  "decay": 1.10,\n  "aug": {"flip": true, "crop": 0.50},\n  "optimizer": {\n    "lr": 0.001\n  }\n}\n',
    );
    expect(updateBaselineText(before, 'cfg.json', 'aug.lr', 1e-3)).toBe(before.replace('"crop": 0.50}', '"crop": 0.50, "lr": 0.001}'));
  });

  it('updateBaselineText follows the JSON file indentation (tabs, four spaces, CRLF) and fills empty or null objects', () => {
    expect(updateBaselineText('{\r\n\t"a": 1\r\n}\r\n', 'c.json', 'o.lr', 1e-3)).toBe('{\r\n\t"a": 1,\r\n\t"o": {\r\n\t\t"lr": 0.001\r\n\t}\r\n}\r\n');
    expect(updateBaselineText('{\n    "o": {\n        "a": 1\n    }\n}', 'c.json', 'o.lr', 1e-3)).toBe('{\n    "o": {\n        "a": 1,\n        "lr": 0.001\n    }\n}');
    expect(updateBaselineText('{}', 'c.json', null, 1e-3)).toBe('{"lr": 0.001}');
    expect(updateBaselineText('{\n  "o": null\n}\n', 'c.json', 'o.lr', 1e-3)).toBe('{\n  "o": {\n    "lr": 0.001\n  }\n}\n');
    expect(updateBaselineText('{"lr": null}', 'c.json', null, 1e-3)).toBe('{"lr": 0.001}');
  });

  it('updateBaselineText adds a YAML key changing no other byte: comments keep their spacing, scalars their spelling', () => {
    const before = '# config\nseed: 12345678901234567890\ndecay: 1.10    # keep   this\noptimizer:\n    name: adam   # four-space indent\naug: {flip: true}\n';
    expect(updateBaselineText(before, 'train.yaml', 'optimizer.lr', 1e-3)).toBe(before.replace('# four-space indent\n', '# four-space indent\n    lr: 0.001\n'));
    expect(updateBaselineText(before, 'train.yaml', null, 1e-3)).toBe(`${before}lr: 0.001\n`);
    expect(updateBaselineText(before, 'train.yaml', 'sched.warmup.lr', 1e-3)).toBe(`${before}sched:\n    warmup:\n        lr: 0.001\n`);
    expect(updateBaselineText(before, 'train.yaml', 'aug.lr', 1e-3)).toBe(before.replace('{flip: true}', '{flip: true, lr: 0.001}'));
    expect(updateBaselineText('a: 1 # no newline at the end', 'b.yml', null, 1e-3)).toBe('a: 1 # no newline at the end\nlr: 0.001');
  });

  it('updateBaselineText fills an empty or null YAML value in place', () => {
    expect(updateBaselineText('lr:\nb: 1\n', 'b.yml', null, 1e-3)).toBe('lr: 0.001\nb: 1\n');
    expect(updateBaselineText('lr: ~ # unset\n', 'b.yml', null, 1e-3)).toBe('lr: 0.001 # unset\n');
    expect(updateBaselineText('optimizer:\n# later\nb: 1\n', 'b.yml', 'optimizer.lr', 1e-3)).toBe('optimizer:\n  lr: 0.001\n# later\nb: 1\n');
    expect(updateBaselineText('optimizer: null\n', 'b.yml', 'optimizer.lr', 1e-3)).toBe('optimizer: {lr: 0.001}\n');
  });

  it('updateBaselineText and readCommittedLr refuse an ambiguous key path with one line naming both', () => {
    const json = '{"a.b": 0.1, "a": {"b": 0.2}}';
    const yaml = 'a.b: 0.1\na:\n  b: 0.2\n';
    const message = baselineKeyAmbiguous('c.json', 'a.b', [['a.b'], ['a', 'b']]);
    expect(message).not.toContain('\n');
    expect(message).toContain('["a.b"]');
    expect(message).toContain('["a","b"]');
    expect(() => updateBaselineText(json, 'c.json', 'a.b', 1e-3)).toThrow(new UsageError(message));
    expect(() => readCommittedLr(json, 'c.json', 'a.b')).toThrow(new UsageError(message));
    expect(() => updateBaselineText(yaml, 'c.yml', 'a.b', 1e-3)).toThrow(new UsageError(baselineKeyAmbiguous('c.yml', 'a.b', [['a.b'], ['a', 'b']])));
    expect(() => readCommittedLr(yaml, 'c.yml', 'a.b')).toThrow(UsageError);
  });

  it('readCommittedLr and updateBaselineText summarise a baseline file that is not text', () => {
    const binary = 'lr: \0\0\u0001';
    expect(() => readCommittedLr(binary, 'b.yml', null)).toThrow(new UsageError(unreadableBaseline('b.yml', '<7 bytes, not text>')));
    expect(() => updateBaselineText(binary, 'b.yml', null, 1e-3)).toThrow(new UsageError(unreadableBaseline('b.yml', '<7 bytes, not text>')));
  });

  it('updateBaselineText and readCommittedLr use a literal dotted key when it is the only match', () => {
    expect(readCommittedLr('{"opt.lr": 0.1, "opt": {}}', 'c.json', 'opt.lr')).toBe(0.1);
    expect(updateBaselineText('{"opt.lr": 0.1}', 'c.json', 'opt.lr', 1e-3)).toBe('{"opt.lr": 0.001}');
    expect(updateBaselineText('opt.lr: 0.1 # x\n', 'c.yml', 'opt.lr', 1e-3)).toBe('opt.lr: 0.001 # x\n');
  });

  it('updateBaselineText refuses, rather than overwrites, a path through a non-mapping', () => {
    expect(() => updateBaselineText('optimizer: adam\n', 'train.yml', 'optimizer.lr', 1e-3)).toThrow(baselineKeyBlocked('train.yml', 'optimizer.lr', 'optimizer'));
    expect(() => updateBaselineText('[1, 2]', 'x.json', null, 1e-3)).toThrow(baselineKeyBlocked('x.json', 'lr', '(top level)'));
    expect(() => updateBaselineText('{"lr": {"a": 1}}', 'x.json', null, 1e-3)).toThrow(baselineKeyBlocked('x.json', 'lr', 'lr'));
    expect(() => updateBaselineText('lr: 1\n---\nlr: 2\n', 'b.yaml', null, 1e-3)).toThrow(UsageError);
  });

  it('updateBaselineText detects JSON content in a file without an extension', () => {
    expect(updateBaselineText('{"lr": 0.1}', 'LR', null, 0.2)).toBe('{"lr": 0.2}');
  });
});
