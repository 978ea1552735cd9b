/**
 * A model definition's `lrRange` and `steps` reach the search from the CLI and from the action alike,
 * and an explicit flag or input wins. Both edges run as real processes (through tsx) on fixtures/blobs,
 * whose definition sets lrRange [1e-4, 100] and no steps, and on a copy of it that also sets steps: 7.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsDocument } from '../../src/search/output.js';

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = 'fixtures/blobs/lr-sweep.config.mjs';

let tmp = '';
/** fixtures/blobs with `steps: 7` in its definition (absolute path). */
let withSteps = '';
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'lr-sweep-defaults-'));
  withSteps = join(tmp, 'with-steps.config.mjs');
  await writeFile(withSteps, `import base from ${JSON.stringify(pathToFileURL(join(ROOT, CONFIG)).href)};\nexport default { ...base, steps: 7 };\n`);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function cliResults(args: string[], config = CONFIG): Promise<ResultsDocument> {
  const out = await mkdtemp(join(tmp, 'cli-'));
  await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'search', '--config', config, '--backend', 'cpu', '--out', out, ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: '', GITHUB_ACTIONS: '' },
  });
  return JSON.parse(await readFile(join(out, 'results.json'), 'utf8')) as ResultsDocument;
}

async function actionResults(inputs: Record<string, string>): Promise<ResultsDocument> {
  const runnerTemp = await mkdtemp(join(tmp, 'action-'));
  const outputFile = join(runnerTemp, 'output');
  const eventPath = join(runnerTemp, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(eventPath, JSON.stringify({ repository: { full_name: 'o/r', name: 'r', owner: { login: 'o' } } }));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runnerTemp,
  };
  const all = { config: CONFIG, backend: 'cpu', 'expected-lr': '0.1', 'fail-on-drift': 'false', comment: 'false', ...inputs };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  await exec(process.execPath, ['--import', 'tsx', 'src/action/index.ts'], { cwd: ROOT, env });
  return JSON.parse(await readFile(join(runnerTemp, 'lr-sweep', 'lr-sweep-report', 'results.json'), 'utf8')) as ResultsDocument;
}

describe('a model definition\'s defaults through both edges', () => {
  it.each([
    ['lr-sweep search --config', () => cliResults([])],
    ['the action with config', () => actionResults({})],
  ] as const)('%s searches the definition\'s lrRange with the built-in steps and says where each setting came from', async (_, results) => {
    const doc = await results();
    expect(doc.schemaVersion).toBe(2);
    expect([doc.settings.startLr, doc.settings.endLr, doc.settings.steps]).toEqual([1e-4, 100, 20]);
    expect(doc.settingsSource).toMatchObject({ startLr: 'model-definition', endLr: 'model-definition', steps: 'default', seed: 'default' });
    const tried = doc.samples.map((s) => s.lr).filter((lr) => lr > 0);
    expect(Math.min(...tried)).toBeGreaterThanOrEqual(1e-4);
    expect(Math.max(...tried)).toBeLessThanOrEqual(100);
  });

  it.each([
    ['lr-sweep search --config --start-lr --end-lr --steps', () => cliResults(['--start-lr', '1e-3', '--end-lr', '10', '--steps', '5']), 'flag'],
    ['the action with start-lr, end-lr, steps inputs', () => actionResults({ 'start-lr': '1e-3', 'end-lr': '10', steps: '5' }), 'input'],
  ] as const)('%s: the explicit value wins over the definition', async (_, results, origin) => {
    const doc = await results();
    expect([doc.settings.startLr, doc.settings.endLr, doc.settings.steps]).toEqual([1e-3, 10, 5]);
    expect(doc.settingsSource).toMatchObject({ startLr: origin, endLr: origin, steps: origin, coarseStep: 'default' });
  });

  it.each([
    ['lr-sweep search --config', () => cliResults([], withSteps), () => cliResults(['--steps', '5'], withSteps), 'flag'],
    ['the action with config', () => actionResults({ config: withSteps }), () => actionResults({ config: withSteps, steps: '5' }), 'input'],
  ] as const)('%s takes steps from a definition that sets them, and an explicit value still wins', async (_, fromDefinition, explicit, origin) => {
    const doc = await fromDefinition();
    expect([doc.settings.startLr, doc.settings.endLr, doc.settings.steps]).toEqual([1e-4, 100, 7]);
    expect(doc.settingsSource).toMatchObject({ startLr: 'model-definition', steps: 'model-definition' });
    const given = await explicit();
    expect([given.settings.startLr, given.settings.steps]).toEqual([1e-4, 5]);
    expect(given.settingsSource).toMatchObject({ startLr: 'model-definition', steps: origin });
  });

  it('the CLI and the action pick the same learning rates from the same definition', async () => {
    const [cli, action] = await Promise.all([cliResults([]), actionResults({})]);
    expect(action.picks).toEqual(cli.picks);
    expect(action.samples).toEqual(cli.samples);
  });
});
