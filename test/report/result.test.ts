import { describe, expect, it } from 'vitest';
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
    const message = problem('{"samples": [');
    expect(message.startsWith('out/results.json: not valid JSON (')).toBe(true);
    expect(message).not.toContain('\n');
  });

  it.each([
    ['samples missing', { ...result, samples: undefined }, '"samples" must be an array of trials, got nothing'],
    ['a negative lr', { ...result, samples: [{ lr: -1, loss: 1, diverged: false, round: 0 }] }, 'samples[0].lr must be a number ≥ 0, got -1'],
    ['a string loss', { ...result, samples: [{ lr: 1, loss: 'x', diverged: false, round: 0 }] }, 'samples[0].loss must be a number or null, got "x"'],
    ['an unknown method', { ...result, method: 'fastest' }, '"method" must be one of midpoint, halfLoss, steepest, got "fastest"'],
    ['picks without steepest', { ...result, picks: { midpoint: 1e-3, halfLoss: 1e-3 } }, 'picks.steepest must be a number > 0, got nothing'],
    ['an array', [1, 2], 'expected a results.json object, got [1,2]'],
  ])('parseResult(text) rejects %s with one line naming the field', (_, doc, expected) => {
    expect(problem(JSON.stringify(doc))).toBe(messages.badResultFile('out/results.json', expected));
  });

  it('parseResult(text) fills settings it does not find with the defaults', () => {
    const { settings: _settings, ...rest } = result;
    expect(parseResult(JSON.stringify(rest), 'r.json').settings.steps).toBe(20);
  });
});
