import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('src/action/main.ts and its modules', () => {
  it('no module of the action imports from the CLI edge (both edges share library modules instead)', () => {
    const actionDir = resolve(import.meta.dirname, '../../src/action');
    const offenders = readdirSync(actionDir).filter((f) => /from '\.\.\/cli\//.test(readFileSync(join(actionDir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('both edges run searches through searchRepeats (one loop, one selection rule), never search() directly', () => {
    for (const file of ['src/action/main.ts', 'src/cli/commands/search.ts']) {
      const text = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');
      expect(text, file).toMatch(/\bsearchRepeats\(/);
      expect(text, file).not.toMatch(/search\/search\.js'/);
    }
  });
});
