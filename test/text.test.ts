import { describe, expect, it } from 'vitest';
import { isText, notTextSummary, shownText, sourceByteCount } from '../src/text.js';

describe('text', () => {
  it('isText(text) accepts ordinary output, tabs, CRLF and ANSI colours, and the empty string', () => {
    expect(isText('')).toBe(true);
    expect(isText('epoch 1\tloss 0.42\r\n\x1b[32mok\x1b[0m\n')).toBe(true);
    expect(isText('ünïcödé ✓')).toBe(true);
  });

  it('isText(text) rejects NUL, undecodable UTF-8 and many control characters', () => {
    expect(isText('a\0b')).toBe(false);
    expect(isText(Buffer.from([0xff, 0xfe, 0x41]).toString('utf8'))).toBe(false);
    expect(isText('\x01\x02\x03abc')).toBe(false);
  });

  it('shownText(text) is the text itself, or <N bytes, not text> with its UTF-8 size', () => {
    expect(shownText('0.42')).toBe('0.42');
    expect(shownText('\0\0\0')).toBe(notTextSummary(3));
    expect(notTextSummary(3)).toBe('<3 bytes, not text>');
  });

  it('sourceByteCount(text) counts each undecodable byte once', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00]);
    expect(sourceByteCount(bytes.toString('utf8'))).toBe(4);
    expect(sourceByteCount('é')).toBe(2);
  });
});
