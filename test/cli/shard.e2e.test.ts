import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './real-cli.js';

let dir = '';
let command = '';
const out = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-sweep-shard-e2e-'));
  // A synthetic training command whose curve shifts with the seed, so each repeat differs.
  await writeFile(
    out('train.cjs'),
    [
      'const [lr, seed] = process.argv.slice(2).map(Number);',
      'const x = lr > 0 ? Math.log10(lr) + 3 + 0.15 * seed : -99;',
      'console.log((2.3 - 2 / (1 + Math.exp(-3 * (x + 1))) + 0.3 * Math.max(0, x) ** 2 + 0.01 * Math.sin(1000 * lr + seed)).toFixed(6));',
    ].join('\n'),
  );
  command = `node ${out('train.cjs')} {lr} {seed}`;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const search = (...args: string[]) => cli(['search', '--command', command, '--repeats', '4', '--seed', '2', '--max-trials', '30', ...args]);

describe('lr-sweep search --shard + lr-sweep merge', () => {
  it('3 shards + merge write the same results.json, repeats.json, samples.csv and report.md as the unsharded run', async () => {
    const whole = await search('--out', out('whole'));
    expect(whole.code).toBe(0);
    for (const i of [1, 2, 3]) {
      const run = await search('--shard', `${i}/3`, '--out', out(`part-${i}`));
      expect(run.stderr).toContain(`shard ${i}/3: part written`);
      expect(run.code).toBe(0);
    }
    const merged = await cli(['merge', out('part-3'), out('part-1'), out('part-2'), '--out', out('merged')]);
    expect(merged.code).toBe(0);
    // The merge says what it joined, then prints what the unsharded search printed: spread lines and the table.
    const [said, ...spread] = merged.stderr.trimEnd().split('\n');
    expect(said).toBe(`lr-sweep: merged 3 parts: 4 repeats of command:${command}`);
    expect(spread.length).toBeGreaterThan(0);
    expect(whole.stderr.trimEnd().split('\n').slice(-spread.length)).toEqual(spread);
    expect(merged.stdout.replace(out('merged'), 'OUT')).toBe(whole.stdout.replace(out('whole'), 'OUT'));
    // None of these files holds a timing field, so they must be byte-identical.
    for (const name of ['results.json', 'repeats.json', 'samples.csv', 'report.md']) {
      expect(await readFile(out(`merged/${name}`), 'utf8'), name).toBe(await readFile(out(`whole/${name}`), 'utf8'));
    }
  }, 120_000);

  it('merge refuses a missing shard, a duplicate, a different job and a tampered file with one line and exit 2', async () => {
    const missing = await cli(['merge', out('part-1'), out('part-2'), '--out', out('m')]);
    expect([missing.code, missing.stderr]).toEqual([2, 'lr-sweep: merge: shard 3 of 3 missing\n']);
    const duplicate = await cli(['merge', out('part-1'), out('part-2'), out('part-2'), '--out', out('m')]);
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toMatch(/^lr-sweep: .*part-2\/shard.json: shard 2\/3 is also in .*part-2\/shard.json\n$/);
    expect((await cli(['search', '--command', command, '--repeats', '4', '--seed', '2', '--max-trials', '31', '--shard', '3/3', '--out', out('other-3')])).code).toBe(0);
    const other = await cli(['merge', out('part-1'), out('part-2'), out('other-3'), '--out', out('m')]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^lr-sweep: .*other-3\/shard.json: "job" .* parts of different jobs\n$/);
    const manifest = JSON.parse(await readFile(out('other-3/shard.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(out('other-3/shard.json'), JSON.stringify({ ...manifest, shard: 7 }));
    const tampered = await cli(['merge', out('other-3'), '--out', out('m')]);
    expect(tampered.code).toBe(2);
    expect(tampered.stderr).toMatch(/^lr-sweep: .*other-3\/shard.json: "shard" is 7; expected a whole number from 1 to 3\n$/);
  }, 120_000);

  it('search --shard without --repeats, with more shards than repeats or malformed is a one-line usage error', async () => {
    const none = await cli(['search', '--command', command, '--shard', '1/2', '--out', out('x')]);
    expect([none.code, none.stderr]).toEqual([2, 'lr-sweep: --shard 1/2: needs --repeats K (shards split the repeats)\n']);
    const many = await search('--shard', '1/5', '--out', out('x'));
    expect([many.code, many.stderr]).toEqual([2, 'lr-sweep: --shard 1/5: 5 shards for --repeats 4; at most 4 shards\n']);
    const bad = await search('--shard', 'two', '--out', out('x'));
    expect([bad.code, bad.stderr]).toEqual([2, 'lr-sweep: --shard: "two" is not I/N with 1 <= I <= N (e.g. 2/3)\n']);
  }, 60_000);
});
