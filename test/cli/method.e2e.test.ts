import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentBody, commentBudget } from '../../src/action/comment.js';
import { METHODS, PAPER_METHODS } from '../../src/analysis/types.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { parseResult } from '../../src/report/result.js';
import type { SweepResult } from '../../src/search/types.js';
import { displayLr } from '../../src/numbers.js';
import { cli } from './real-cli.js';

const SYNTHETIC = 'node fixtures/synthetic/train.mjs --lr {lr} --steps {steps} --seed {seed}';

describe('lr-sweep --method basin end to end', () => {
  let dir = '';
  let result: SweepResult;
  let stdout = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lr-sweep-method-'));
    const run = await cli(['search', '--command', SYNTHETIC, '--method', 'basin', '--parallel', '2', '--out', join(dir, 'report')]);
    expect(run.code, run.stderr).toBe(0);
    stdout = run.stdout;
    result = JSON.parse(await readFile(join(dir, 'report', 'results.json'), 'utf8')) as SweepResult;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lr-sweep search --method basin selects the basin pick and writes every method, basin included, to results.json', () => {
    expect(result.reason).toBeNull();
    expect(result.method).toBe('basin');
    expect(result.settings.method).toBe('basin');
    expect(Object.keys(result.picks ?? {})).toEqual(METHODS);
    const basin = result.picks?.basin ?? Number.NaN;
    expect(result.selectedLr).toBe(basin);
    // The basin pick is the midpoint or the basin edge above it, and never leaves the window.
    expect(basin).toBeGreaterThanOrEqual(result.picks?.midpoint ?? Number.NaN);
    expect(basin).toBeLessThanOrEqual(result.maxLr ?? Number.NaN);
  });

  it('lr-sweep search --method basin shows the basin row, selected, in the table and report.md', async () => {
    const basin = displayLr(result.picks?.basin ?? Number.NaN);
    expect(stdout).toMatch(new RegExp(`^ {2}basin +${basin.replace(/[.+-]/g, '\\$&')} {2}<- selected$`, 'm'));
    expect(stdout).toContain('(--method basin)');
    const markdown = await readFile(join(dir, 'report', 'report.md'), 'utf8');
    expect(markdown).toContain(`| basin | \`${basin}\` ★ |`);
    expect(markdown).toContain(`| **selected** (basin) | **\`${basin}\`** |`);
    // The paper's three stay, unmarked.
    for (const m of PAPER_METHODS) expect(markdown).toMatch(new RegExp(`^\\| ${m} \\| \`[^\`]+\` \\|$`, 'm'));
  });

  it('the PR comment of a --method basin result shows the basin row, selected', () => {
    const basin = displayLr(result.picks?.basin ?? Number.NaN);
    const body = commentBody('lr', renderMarkdown(result, { maxChars: commentBudget('lr') }));
    expect(body).toContain(`| basin | \`${basin}\` ★ |`);
    expect(body).toContain(`| **selected** (basin) |`);
  });

  it('lr-sweep report reads a results.json written before basin existed (no picks.basin) and shows the paper\'s three', async () => {
    if (result.picks === null) throw new Error('the synthetic search found no window');
    const { basin: _dropped, ...paperPicks } = result.picks;
    const old = { ...result, picks: paperPicks, method: 'midpoint', selectedLr: paperPicks.midpoint, settings: { ...result.settings, method: 'midpoint' } };
    const file = join(dir, 'old.json');
    await writeFile(file, JSON.stringify(old));
    expect(parseResult(JSON.stringify(old), file).picks).toEqual(paperPicks);
    const run = await cli(['report', file, '--out', join(dir, 'old-report')]);
    expect(run.code, run.stderr).toBe(0);
    const markdown = await readFile(join(dir, 'old-report', 'report.md'), 'utf8');
    expect(markdown).toContain(`| midpoint | \`${displayLr(paperPicks.midpoint)}\` ★ |`);
    expect(markdown).not.toMatch(/^\| basin /m);
  });

  it('lr-sweep analyze --method basin re-reads an old results.json and computes the basin pick from its samples', async () => {
    const run = await cli(['analyze', join(dir, 'old.json'), '--method', 'basin', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const again = JSON.parse(run.stdout) as SweepResult;
    expect(again.picks).toEqual(result.picks);
    expect(again.selectedLr).toBe(result.picks?.basin);
  });
});
