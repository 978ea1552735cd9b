import { describe, expect, it } from 'vitest';
import { METHODS } from '../../src/analysis/types.js';
import { UsageError } from '../../src/errors.js';
import { messages } from '../../src/report/messages.js';
import { parseResult } from '../../src/report/result.js';
import { syntheticAnalysis, syntheticTrials, sweepResult } from './synthetic.js';

const samples = syntheticTrials();
const result = sweepResult(samples, syntheticAnalysis(samples));

function problem(text: string): string {
  try {
    parseResult(text, 'out/results.json');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('parseResult accepted the input');
}

describe('parseResult', () => {
  it('parseResult(text) reads back what results.json holds', () => {
    expect(parseResult(JSON.stringify(result), 'results.json')).toEqual(result);
  });

  it('parseResult(text) names the file and says the JSON is invalid', () => {
    const text = '{"samples": [';
    let detail = '';
    try {
      JSON.parse(text);
    } catch (error) {
      detail = (error as Error).message;
    }
    const message = problem(text);
    expect(message).toBe(messages.badResultFile('out/results.json', messages.notJson(detail)));
    expect(message).not.toContain('\n');
  });

  const trialAt = (fields: Record<string, unknown>): unknown => ({ ...result, samples: [{ lr: 1, loss: 1, diverged: false, round: 0, ...fields }] });

  it.each([
    ['samples missing', { ...result, samples: undefined }, messages.samplesNotArray(undefined)],
    ['a trial that is not an object', { ...result, samples: [3] }, messages.sampleNotObject(0, 3)],
    ['a negative lr', trialAt({ lr: -1 }), messages.sampleLr(0, -1)],
    ['a string loss', trialAt({ loss: 'x' }), messages.sampleLoss(0, 'x')],
    ['a diverged flag that is not a boolean', trialAt({ diverged: 'no' }), messages.sampleDiverged(0, 'no')],
    ['a fractional round', trialAt({ round: 1.5 }), messages.sampleRound(0, 1.5)],
    ['an unknown method', { ...result, method: 'fastest' }, messages.methodValue(METHODS, 'fastest')],
    ['picks that are not an object', { ...result, picks: 3 }, messages.picksShape(3)],
    ['picks without steepest', { ...result, picks: { midpoint: 1e-3, halfLoss: 1e-3 } }, messages.pickValue('steepest', undefined)],
    ['a basin pick that is not a number', { ...result, picks: { midpoint: 1e-3, halfLoss: 1e-3, steepest: 1e-3, basin: 'high' } }, messages.pickValue('basin', 'high')],
    ['a string minLr', { ...result, minLr: '1e-3' }, messages.numberOrNull('minLr', '1e-3')],
    ['a numeric reason', { ...result, reason: 4 }, messages.reasonValue(4)],
    ['settings that are a list', { ...result, settings: [] }, messages.settingsValue([])],
    ['a negative trial count', { ...result, trials: -2 }, messages.trialsValue(-2)],
    ['an array', [1, 2], messages.notResultsObject([1, 2])],
  ])('parseResult(text) rejects %s with one UsageError line naming the file and the field', (_, doc, expected) => {
    expect(problem(JSON.stringify(doc))).toBe(messages.badResultFile('out/results.json', expected));
  });

  it('parseResult(text) reads a results.json written before basin existed: picks without basin, nothing made up', () => {
    const { basin: _basin, ...paperPicks } = result.picks!;
    const old = { ...result, picks: paperPicks };
    const read = parseResult(JSON.stringify(old), 'results.json');
    expect(read.picks).toEqual(paperPicks);
    expect(read.picks).not.toHaveProperty('basin');
    expect(read).toEqual(old);
  });

  it('messages for results.json fields show the value as JSON and a missing one as "nothing"', () => {
    expect(messages.sampleLoss(2, 'x')).toContain('got "x"');
    expect(messages.pickValue('steepest', undefined)).toContain('got nothing');
  });

  it('parseResult(text) fills settings it does not find with the defaults', () => {
    const { settings: _settings, ...rest } = result;
    expect(parseResult(JSON.stringify(rest), 'r.json').settings.steps).toBe(20);
  });
});

describe('parseResult on binary input', () => {
  it('parseResult(text) summarises a file that is not text instead of echoing its bytes', () => {
    expect(() => parseResult('{\0\0\0}', 'r.json')).toThrow(new UsageError(messages.badResultFile('r.json', '<5 bytes, not text>')));
  });
});
