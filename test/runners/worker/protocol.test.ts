import { describe, expect, it } from 'vitest';
import { READY_KEY, parseWorkerLine, requestLine } from '../../../src/runners/worker/protocol.js';

describe('worker protocol', () => {
  it('requestLine(id, lr, steps, seed) writes one JSON object whose lr parses back to the identical double', () => {
    const lr = 10 ** -6.5;
    const line = requestLine(3, lr, 20, 7);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ id: 3, lr, steps: 20, seed: 7 });
  });

  it('parseWorkerLine(line, id) takes a JSON object with the id and a numeric loss as the answer', () => {
    expect(parseWorkerLine('{"id": 3, "loss": 0.42, "acc": 0.9}', 3)).toEqual({ kind: 'answer', loss: 0.42, diverged: false, fields: { id: 3, loss: 0.42, acc: 0.9 } });
    expect(parseWorkerLine('  {"loss": 1.5, "id": 3}  ', 3)).toMatchObject({ kind: 'answer', loss: 1.5, diverged: false });
  });

  it('parseWorkerLine(line, id) reads null, NaN and ±Infinity (Python json.dumps literals) as diverged', () => {
    expect(parseWorkerLine('{"id": 1, "loss": null}', 1)).toMatchObject({ kind: 'answer', diverged: true });
    expect(parseWorkerLine('{"id": 1, "loss": NaN}', 1)).toMatchObject({ kind: 'answer', diverged: true });
    expect(parseWorkerLine('{"id": 1, "loss": Infinity}', 1)).toMatchObject({ kind: 'answer', loss: Number.POSITIVE_INFINITY, diverged: true });
    expect(parseWorkerLine('{"id": 1, "loss": -Infinity}', 1)).toMatchObject({ kind: 'answer', loss: Number.NEGATIVE_INFINITY, diverged: true });
  });

  it('parseWorkerLine(line, id) calls an answer invalid when the loss is not a number, null, NaN or Infinity', () => {
    for (const loss of ['"abc"', '[0.5]', '{}', 'true', '"0.5"']) expect(parseWorkerLine(`{"id": 2, "loss": ${loss}}`, 2)).toEqual({ kind: 'invalid' });
  });

  it('parseWorkerLine(line, id) treats everything else as chatter: no id, another id, no loss key, arrays, text, no request in flight', () => {
    for (const line of ['{"loss": 0.5}', '{"id": 4, "loss": 0.5}', '{"id": 2}', '[2, 0.5]', 'epoch 1 loss 0.5', '', '{bad', '{"id": "2", "loss": 1}']) {
      expect(parseWorkerLine(line, 2)).toEqual({ kind: 'chatter' });
    }
    expect(parseWorkerLine('{"id": 2, "loss": 0.5}', null)).toEqual({ kind: 'chatter' });
  });

  it('parseWorkerLine(line, id) recognises the start-up marker', () => {
    expect(parseWorkerLine(`{"${READY_KEY}": "ready"}`, null)).toEqual({ kind: 'ready' });
    expect(parseWorkerLine(`{"${READY_KEY}": "ready"}`, 5)).toEqual({ kind: 'ready' });
  });
});
