import { describe, expect, it } from 'vitest';
import { allFrom } from '../../src/search/settings.js';
import { messages } from '../../src/cli/messages.js';
import { messages as reportMessages } from '../../src/report/messages.js';
import { resultsJson, samplesCsv } from '../../src/cli/output.js';
import { CSV_COLUMNS, parseResultsJson, parseSamplesCsv, parseSamplesFile } from '../../src/cli/samples-file.js';
import { UsageError } from '../../src/errors.js';
import { windowResult } from './results-fixture.js';

function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseSamplesCsv', () => {
  it('parseSamplesCsv(text) reads lr,loss in any column order with extra columns, BOM, CRLF and comments', () => {
    const text = '\uFEFF# trials\r\nstep,Loss,LR\r\n20,2.3,0\r\n20,0.5,1e-3\r\n\r\n20,nan,10\r\n';
    expect(parseSamplesCsv(text, 'a.csv')).toEqual([
      { lr: 0, loss: 2.3, diverged: false, round: 0 },
      { lr: 1e-3, loss: 0.5, diverged: false, round: 0 },
      { lr: 10, loss: null, diverged: true, round: 0 },
    ]);
  });

  it('parseSamplesCsv(text) reads quoted cells holding commas, quotes and line breaks, with a quoted header', () => {
    const text = '"lr","loss","note"\n"0","2.3","plain"\n"1e-3",0.5,"a, b and ""c""\nsecond line"\n2e-3,0.4,x\n';
    expect(parseSamplesCsv(text, 'q.csv')).toEqual([
      { lr: 0, loss: 2.3, diverged: false, round: 0 },
      { lr: 1e-3, loss: 0.5, diverged: false, round: 0 },
      { lr: 2e-3, loss: 0.4, diverged: false, round: 0 },
    ]);
  });

  it('parseSamplesCsv(text) takes learning_rate for lr and val_loss or validation_loss for loss, a validation loss over a plain loss', () => {
    const expected = [
      { lr: 0, loss: 2.3, diverged: false, round: 0 },
      { lr: 1e-3, loss: 0.5, diverged: false, round: 0 },
    ];
    expect(parseSamplesCsv('learning_rate,val_loss\n0,2.3\n1e-3,0.5\n', 'a.csv')).toEqual(expected);
    expect(parseSamplesCsv('Learning_Rate,Validation_Loss\r\n0,2.3\r\n1e-3,0.5\r\n', 'a.csv')).toEqual(expected);
    // A training log: `loss` is the training loss (9.9, 8.8 here), `val_loss` the one the method reads.
    expect(parseSamplesCsv('epoch,lr,loss,val_loss\n0,0,9.9,2.3\n0,1e-3,8.8,0.5\n', 'a.csv')).toEqual(expected);
  });

  it('parseSamplesCsv(text) reads back the samples.csv lr-sweep writes', () => {
    expect(parseSamplesCsv(samplesCsv(windowResult.samples), 'samples.csv')).toEqual(windowResult.samples);
  });

  it('parseSamplesCsv(text) names the file, the line and the problem', () => {
    expect(usageMessage(() => parseSamplesCsv('rate,value\n1,2\n', 'a.csv'))).toBe(messages.csvHeader('a.csv', 1, 'rate,value', CSV_COLUMNS.lr, CSV_COLUMNS.loss));
    expect(usageMessage(() => parseSamplesCsv('lr,loss\n0.1,2\n0.2\n', 'a.csv'))).toBe(messages.csvColumns('a.csv', 3, 2, 1));
    expect(usageMessage(() => parseSamplesCsv('lr,loss\n\nabc,2\n', 'a.csv'))).toBe(messages.csvBadLr('a.csv', 3, 'abc'));
    expect(usageMessage(() => parseSamplesCsv('lr,loss\n-1e-3,2\n', 'a.csv'))).toBe(messages.csvBadLr('a.csv', 2, '-1e-3'));
    expect(usageMessage(() => parseSamplesCsv('lr,loss\n1e-3,low\n', 'a.csv'))).toBe(messages.csvBadLoss('a.csv', 2, 'low'));
    expect(usageMessage(() => parseSamplesCsv('lr,loss,diverged\n1e-3,1,maybe\n', 'a.csv'))).toBe(messages.csvBadDiverged('a.csv', 2, 'maybe'));
    expect(usageMessage(() => parseSamplesCsv('lr,loss,round\n1e-3,1,1.5\n', 'a.csv'))).toBe(messages.csvBadRound('a.csv', 2, '1.5'));
    expect(usageMessage(() => parseSamplesCsv('lr,loss\n', 'a.csv'))).toBe(messages.csvEmpty('a.csv'));
    expect(usageMessage(() => parseSamplesCsv('', 'a.csv'))).toBe(messages.csvEmpty('a.csv'));
    expect(usageMessage(() => parseSamplesCsv('lr,loss\n0,"2.3\n', 'a.csv'))).toMatch(/^a\.csv line 2: not valid CSV: Quote Not Closed[^\n]*$/);
  });
});

describe('parseResultsJson', () => {
  it('parseResultsJson(text) returns the samples and the settings with the method', () => {
    const parsed = parseResultsJson(resultsJson({ ...windowResult, method: 'steepest' }, allFrom('default')), 'r.json');
    expect(parsed.records).toEqual(windowResult.samples);
    expect(parsed.settings).toEqual({ ...windowResult.settings, method: 'steepest' });
  });

  it('parseResultsJson(text) rejects invalid JSON and documents of another shape, naming the file', () => {
    expect(usageMessage(() => parseResultsJson('{nope', 'r.json'))).toMatch(/^r\.json: not valid JSON \(/);
    expect(usageMessage(() => parseResultsJson('{"accuracy": 1}', 'r.json'))).toBe(reportMessages.badResultFile('r.json', reportMessages.samplesNotArray(undefined)));
    expect(usageMessage(() => parseResultsJson('{"samples": [{"lr": -1, "loss": 1, "diverged": false}], "settings": {}, "method": "midpoint"}', 'r.json'))).toContain(
      'samples[0]',
    );
  });

  it('parseResultsJson(text) reads a trial without round as round 0 and a null loss as diverged', () => {
    const parsed = parseResultsJson('{"samples": [{"lr": 0.1, "loss": null, "diverged": false}], "settings": {}, "method": "midpoint"}', 'r.json');
    expect(parsed.records).toEqual([{ lr: 0.1, loss: null, diverged: true, round: 0 }]);
  });

  it('parseSamplesFile(text) tells a results.json from a CSV by its leading brace', () => {
    expect(parseSamplesFile('  {"samples": [], "settings": {}, "method": "midpoint"}', 'r').settings).toEqual({ method: 'midpoint' });
    expect(parseSamplesFile('lr,loss\n0,1\n', 'c').settings).toBeNull();
  });
});

describe('parseSamplesFile on binary input', () => {
  it('parseSamplesFile(text) summarises a file that is not text instead of echoing its bytes', () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]).toString('utf8');
    const call = (): unknown => parseSamplesFile(binary, 'curve.png');
    expect(call).toThrow(UsageError);
    expect(call).toThrow(messages.fileNotText('curve.png', 10));
    expect(messages.fileNotText('curve.png', 12)).toBe('curve.png is <12 bytes, not text>: expected a CSV with columns lr,loss or a results.json');
  });
});
