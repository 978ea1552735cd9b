/**
 * Runs the bundled action exactly as the Actions runner does: `node <action>/dist/index.js` with the
 * inputs as INPUT_* variables (hyphens kept), the event payload file, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a real HTTP server on 127.0.0.1.
 * The bundle is built from src/ into a temporary action folder (dist.test.ts checks that the
 * committed dist/ is that same build); this repository's canvas stands in for the prebuilt copy a
 * release ships in dist/native/linux-x64, so the runs link it as they do on a runner.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/action/comment.js';
import { ALLOWED_EVENTS } from '../../src/action/forkGuard.js';
import { roundLr } from '../../src/action/guard.js';
import { NATIVE_DIR } from '../../src/action/constants.js';
import * as messages from '../../src/action/messages.js';
import * as repeatMessages from '../../src/repeats/messages.js';
import { messages as tfjsMessages } from '../../src/runners/tfjs/messages.js';
import { REPEATS_FILE, type RepeatsSummary } from '../../src/repeats/summary.js';
import { messages as reportMessages } from '../../src/report/messages.js';
import { startArtifactService, type FakeArtifactService } from './artifact-server.js';
import { startCacheService, type FakeCacheService } from './cache-server.js';
import { extendedNote } from '../../src/search/notes.js';
import type { SweepResult } from '../../src/search/types.js';
import { actionCacheMessages } from '../../src/action/cache.js';
import { messages as cacheMessages } from '../../src/cache/messages.js';
import { startGitHubServer, type FakeGitHub } from './github-server.js';
import { displayLr } from '../../src/numbers.js';
import { cli } from '../cli/real-cli.js';

const REPO = resolve(import.meta.dirname, '../..');
const TRIAL = join(REPO, 'test/action/fixtures/trial.sh');
/** Debian's python3 and the stdlib-only stand-in framework that speaks both the command and the worker contract. */
const PYTHON = '/usr/bin/python3';
const STANDIN = join(REPO, 'fixtures/worker/standin.py');
const TOKEN = 'ghp_e2e-secret-token';
const JOB = 'lr-sweep';
const MARKER = commentMarker(`${JOB}/lr-sweep-report`);
// Small, fast search settings: the synthetic curve needs no more.
const SEARCH = { 'start-lr': '1e-6', 'end-lr': '1', threshold: '0.1', 'max-trials': '30', parallel: '2' };

let tmp: string;
let actionRoot: string;
let gh: FakeGitHub;

interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** The run's RUNNER_TEMP (it also holds the event, output and summary files). */
  readonly runnerTemp: string;
}

interface RunOptions {
  readonly inputs: Record<string, string>;
  readonly eventName?: string;
  readonly headRepo?: string;
  readonly prNumber?: number;
  /** The whole event payload, instead of the pull_request one built from headRepo and prNumber. */
  readonly payload?: Record<string, unknown>;
  readonly workspace?: string;
  readonly env?: Record<string, string>;
  /** The node command; default this process's node. */
  readonly node?: readonly string[];
  /** Called with the output so far after every chunk, and the running action (to signal it). */
  readonly watch?: (output: string, child: ChildProcess) => void;
}

/** How @actions/core escapes a workflow command's message. */
function command(kind: 'error' | 'warning' | 'notice', message: string): string {
  return `::${kind}::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`;
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(block)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

async function runAction(options: RunOptions): Promise<RunResult> {
  const dir = await mkdtemp(join(tmp, 'run-'));
  const workspace = options.workspace ?? (await mkdtemp(join(tmp, 'ws-')));
  const eventPath = join(dir, 'event.json');
  const head = options.headRepo ?? 'o/r';
  await writeFile(
    eventPath,
    JSON.stringify(
      options.payload ?? {
        pull_request: { number: options.prNumber ?? 7, head: { repo: { full_name: head } }, base: { repo: { full_name: 'o/r' } } },
        repository: { full_name: 'o/r', name: 'r', owner: { login: 'o' } },
      },
    ),
  );
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? tmp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '4242',
    GITHUB_JOB: JOB,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: gh.url,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': TOKEN,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const [node, ...nodeArgs] = options.node ?? [process.execPath];
  const child = spawn(node ?? process.execPath, [...nodeArgs, join(actionRoot, 'dist', 'index.js')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  const append = (chunk: string) => {
    stdout += chunk;
    options.watch?.(stdout, child);
  };
  child.stdout.setEncoding('utf8').on('data', append);
  child.stderr.setEncoding('utf8').on('data', append);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stdout, outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8'), runnerTemp: dir };
}

/**
 * A Node 24 binary (the runtime action.yml names) found without downloading at test time: this
 * process when it is Node 24, else the copy `npx -y node@24` left in npm's cache (.ci/run puts it
 * there), asked for with --offline. npx goes through a shell, which drops INPUT_* names with hyphens:
 * ask it for the binary, run that.
 */
function findNode24(): string | null {
  if (process.versions.node.startsWith('24.')) return process.execPath;
  try {
    const path = execFileSync('npx', ['--offline', '-y', 'node@24', '-p', 'process.execPath'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 }).trim();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
const NODE24 = findNode24();
if (NODE24 === null) {
  console.warn('SKIPPED "runs on the Actions runtime, Node 24": no Node 24 here and none in the npm cache; run `npx -y node@24 -v` once (or .ci/run) to cache it');
}

const ownComments = (): typeof gh.comments => gh.comments.filter((c) => c.user.login === 'lr-bot' && c.body.includes(MARKER));

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'lr-sweep-e2e-'));
  actionRoot = join(tmp, 'action');
  await mkdir(actionRoot, { recursive: true });
  await copyFile(join(REPO, 'action.yml'), join(actionRoot, 'action.yml'));
  const build = spawn(process.execPath, ['scripts/build.mjs', join(actionRoot, 'dist')], { cwd: REPO, stdio: 'inherit' });
  expect(await new Promise((done) => build.on('close', done))).toBe(0);
  const shipped = join(actionRoot, NATIVE_DIR, 'linux-x64');
  await mkdir(shipped, { recursive: true });
  await symlink(join(REPO, 'node_modules', 'canvas'), join(shipped, 'canvas'), 'dir');
  gh = await startGitHubServer();
  for (let i = 0; i < 120; i++) gh.addComment(7, `reviewer${i % 3}`, `looks good ${i}`);
  gh.addComment(7, 'mallory', `${MARKER}\nI pasted the marker; do not update me`);
});

afterAll(async () => {
  await gh?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe.sequential('node dist/index.js as the runner runs it', () => {
  let selected = 0;

  it('creates one sticky comment on the first run, with outputs, summary and report files', async () => {
    const run = await runAction({ inputs: { command: `sh ${TRIAL} {lr} {steps}`, ...SEARCH } });
    expect(run.code, run.stdout).toBe(0);
    selected = Number(run.outputs['selected-lr']);
    expect(selected).toBeGreaterThan(0);
    expect(run.outputs['verdict']).toBe('no-baseline');
    expect(Number(run.outputs['lr-midpoint'])).toBe(selected);
    for (const name of ['min-lr', 'max-lr', 'lr-half-loss', 'lr-steepest', 'lr-basin']) expect(Number(run.outputs[name]), name).toBeGreaterThan(0);
    // The opt-in basin pick is set whatever the method, and is never below the midpoint.
    expect(Number(run.outputs['lr-basin'])).toBeGreaterThanOrEqual(selected);
    expect(Number(run.outputs['min-lr'])).toBeLessThan(Number(run.outputs['max-lr']));
    expect(run.outputs['expected-lr']).toBe('');
    expect(run.outputs['drift-decades']).toBe('');

    const mine = ownComments();
    expect(mine).toHaveLength(1);
    expect(run.outputs['comment-url']).toBe(mine[0]?.html_url);
    expect(mine[0]?.body).toContain('https://github.example/o/r/actions/runs/4242');

    const reportDir = run.outputs['report-dir'] ?? '';
    for (const file of ['report.md', 'results.json', 'samples.csv', 'curve.svg', 'curve.png']) expect(existsSync(join(reportDir, file)), file).toBe(true);
    const reportHead = (await readFile(join(reportDir, 'report.md'), 'utf8')).split('\n')[0] ?? '';
    expect(reportHead).toMatch(/\S/);
    expect(run.summary).toContain(reportHead);
    expect(run.summary).toContain('```mermaid');
    // The workflow_run hand-off: the exact comment (marker first) and the PR number.
    expect((await readFile(join(reportDir, 'comment.md'), 'utf8')).split('\n')[0]).toBe(MARKER);
    expect(await readFile(join(reportDir, 'pr-number.txt'), 'utf8')).toBe('7\n');
    const results = JSON.parse(await readFile(join(reportDir, 'results.json'), 'utf8')) as { selectedLr: number };
    expect(results.selectedLr).toBe(selected);

    expect(run.stdout).toContain(command('notice', messages.noBaseline(selected, '.github/lr-sweep.json', `{\n  "lr": ${roundLr(selected)}\n}\n`)));
    expect(run.stdout).toContain(messages.artifactSkipped(reportDir));
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('updates that comment on the second run instead of adding one, leaving the pasted marker alone', async () => {
    const patchesBefore = gh.requests.filter((r) => r.method === 'PATCH').length;
    const run = await runAction({ inputs: { command: `sh ${TRIAL} {lr} {steps}`, ...SEARCH } });
    expect(run.code, run.stdout).toBe(0);
    expect(ownComments()).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH').length).toBe(patchesBefore + 1);
    expect(gh.comments.find((c) => c.user.login === 'mallory')?.body).toBe(`${MARKER}\nI pasted the marker; do not update me`);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.includes('/comments'))).toHaveLength(1);
  });

  it('fails with both values, the drift and the tolerance when the drift is beyond tolerance', async () => {
    const expected = selected * 10;
    const run = await runAction({ eventName: 'push', inputs: { command: `sh ${TRIAL} {lr} {steps}`, ...SEARCH, 'expected-lr': String(expected) } });
    expect(run.code).not.toBe(0);
    expect(run.outputs['verdict']).toBe('fail');
    expect(existsSync(join(run.outputs['report-dir'] ?? '', 'pr-number.txt'))).toBe(false);
    const drift = Number(run.outputs['drift-decades']);
    // log10(10 x) - log10(x) = 1 decade.
    expect(Math.abs(drift - 1)).toBeLessThan(1e-9);
    expect(run.stdout).toContain(command('error', messages.driftFailed(selected, expected, drift, 0.3, 'the expected-lr input')));
  });

  it('passes within tolerance, reading the committed value from the baseline file', async () => {
    const workspace = await mkdtemp(join(tmp, 'ws-'));
    const committed = selected * 1.5;
    await mkdir(join(workspace, '.github'));
    await writeFile(join(workspace, '.github', 'lr-sweep.json'), JSON.stringify({ lr: committed }));
    const run = await runAction({ eventName: 'push', workspace, inputs: { command: `sh ${TRIAL} {lr} {steps}`, ...SEARCH, tolerance: '2x' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    expect(Number(run.outputs['expected-lr'])).toBe(committed);
    // log10(1.5) = 0.176 decades, inside 2x = 0.301 decades.
    expect(Math.abs(Number(run.outputs['drift-decades']) - Math.log10(1.5))).toBeLessThan(1e-9);
    expect(run.stdout).not.toContain('::error::');
  });

  it('with method: basin guards the basin pick: selected-lr is lr-basin, and the report and summary show its row, starred', async () => {
    const run = await runAction({ eventName: 'push', inputs: { command: `sh ${TRIAL} {lr} {steps}`, ...SEARCH, method: 'basin' } });
    expect(run.code, run.stdout).toBe(0);
    const basin = Number(run.outputs['lr-basin']);
    expect(Number(run.outputs['selected-lr'])).toBe(basin);
    expect(Number(run.outputs['lr-midpoint'])).toBe(selected);
    const results = JSON.parse(await readFile(join(run.outputs['report-dir'] ?? '', 'results.json'), 'utf8')) as { method: string; picks: { basin: number } };
    expect(results.method).toBe('basin');
    expect(results.picks.basin).toBe(basin);
    expect(run.summary).toContain(`| basin | \`${displayLr(basin)}\` ★ |`);
    expect(run.summary).toContain('| **selected** (basin) |');
  });

  it('fails before running anything when baseline-key is not in an existing baseline file (a typo must not pass as no-baseline)', async () => {
    const workspace = await mkdtemp(join(tmp, 'ws-'));
    await writeFile(join(workspace, 'train.yaml'), 'optimizer:\n  name: adam\n  lr: 0.001\n');
    const run = await runAction({
      eventName: 'push',
      workspace,
      inputs: { command: 'echo must-not-run; exit 1', 'baseline-file': 'train.yaml', 'baseline-key': 'optimiser.lr' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout.trim()).toBe(command('error', messages.baselineKeyMissing('train.yaml', 'optimiser.lr', 'optimiser', '', ['optimizer'])));
    expect(run.outputs['verdict']).toBeUndefined();
  });

  it('writes the new value into a YAML training config with update-baseline, keeping its comments', async () => {
    const workspace = await mkdtemp(join(tmp, 'ws-'));
    const before = '# training config\nepochs: 3 # short\noptimizer:\n  name: adam\n  lr: 0.5 # old guess\n';
    await writeFile(join(workspace, 'train.yaml'), before);
    const run = await runAction({
      eventName: 'push',
      workspace,
      inputs: { command: `sh ${TRIAL} {lr} {steps}`, ...SEARCH, 'baseline-file': 'train.yaml', 'baseline-key': 'optimizer.lr', 'update-baseline': 'true' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['verdict']).toBe('updated');
    const after = await readFile(join(workspace, 'train.yaml'), 'utf8');
    expect(after).toBe(before.replace('lr: 0.5', `lr: ${roundLr(selected)}`));
    expect(parse(after)).toEqual({ epochs: 3, optimizer: { name: 'adam', lr: roundLr(selected) } });
  });

  it('with repeats: 3 guards the median of the selected method, outputs its spread and warns when the tolerance is tighter', async () => {
    const run = await runAction({
      eventName: 'push',
      inputs: { command: `sh ${TRIAL} {lr} {steps} {seed}`, ...SEARCH, repeats: '3', 'expected-lr': String(selected), tolerance: '0.01', 'fail-on-drift': 'false' },
    });
    expect(run.code, run.stdout).toBe(0);
    const reportDir = run.outputs['report-dir'] ?? '';
    const repeats = JSON.parse(await readFile(join(reportDir, REPEATS_FILE), 'utf8')) as RepeatsSummary;
    expect(repeats.seeds).toEqual([0, 1, 2]);
    const median = repeats.picks.midpoint.median as number;
    expect(Number(run.outputs['selected-lr'])).toBe(median);
    expect(Number(run.outputs['lr-midpoint'])).toBe(median);
    // The trial's descent moves 0.05 decades per seed, so seeds 0..2 spread the picks over about 0.1 decades.
    const spread = Number(run.outputs['spread-decades']);
    expect(spread).toBe(repeats.picks.midpoint.spreadDecades);
    expect(spread).toBeGreaterThan(0.05);
    expect(spread).toBeLessThan(0.2);
    // The results.json is the first seed's search, unchanged.
    const results = JSON.parse(await readFile(join(reportDir, 'results.json'), 'utf8')) as { selectedLr: number; settings: { seed: number } };
    expect(results.settings.seed).toBe(0);
    expect(results.selectedLr).toBe(repeats.runs[0]?.picks?.midpoint);
    const warning = repeatMessages.toleranceBelowNoise('midpoint', 0.01, spread, 3);
    expect(run.stdout).toContain(command('warning', warning));
    expect(run.outputs['verdict']).toBe('fail');
    // The median sits about one seed's shift (0.05 decades) from seed 0's pick: inside the 0.1-decade spread, so the failure says it may be noise.
    const drift = Number(run.outputs['drift-decades']);
    expect(drift).toBeLessThanOrEqual(spread);
    const failure = `${messages.driftFailed(median, selected, drift, 0.01, 'the expected-lr input')} ${messages.driftWithinSpread(drift, spread, 3)}`;
    expect(run.stdout).toContain(command('warning', messages.driftIgnored(failure)));
    const md = await readFile(join(reportDir, 'report.md'), 'utf8');
    expect(md).toContain(reportMessages.selectedMedianSentence('midpoint', median, 3));
    // The step's output, the report and the guarded value are one number: the median, not seed 0's pick.
    expect(repeats.runs[0]?.picks?.midpoint).not.toBe(median);
    expect(md).toContain(`| ${reportMessages.spreadRowLabel('midpoint', 3)} |`);
    expect(md).toContain(warning);
    expect(run.summary).toContain(warning);
    expect(existsSync(join(reportDir, 'curve.png'))).toBe(true);
  });

  it('runs the worker input: one worker per slot, its start-up logged once each, trial times logged, the picks of the same stand-in through command', async () => {
    const viaWorker = await runAction({ eventName: 'push', inputs: { worker: `${PYTHON} ${STANDIN}`, ...SEARCH } });
    expect(viaWorker.code, viaWorker.stdout).toBe(0);
    // parallel 2: two workers, each start-up line printed once.
    expect(viaWorker.stdout.match(/^worker \d started in \d+\.\d\d s$/gm)?.sort()).toEqual([expect.stringMatching(/^worker 0 /), expect.stringMatching(/^worker 1 /)]);
    expect(viaWorker.stdout).toMatch(/^trial 1\/\d+ lr=\S+ loss=\S+ round=0 took=\d+\.\d\ds elapsed=/m);
    const viaCommand = await runAction({ eventName: 'push', inputs: { command: `${PYTHON} ${STANDIN} --lr {lr} --steps {steps} --seed {seed}`, ...SEARCH } });
    expect(viaCommand.code, viaCommand.stdout).toBe(0);
    expect(Number(viaWorker.outputs['selected-lr'])).toBeGreaterThan(0);
    for (const name of ['min-lr', 'max-lr', 'lr-midpoint', 'lr-half-loss', 'lr-steepest', 'selected-lr']) expect(viaWorker.outputs[name], name).toBe(viaCommand.outputs[name]);
  });

  it('notices an extended range (end-lr below the window) in the log, and strict-range keeps the wall', async () => {
    const inputs = { command: `sh ${TRIAL} {lr} {steps}`, ...SEARCH, 'end-lr': '1e-3', 'max-trials': '40', 'fail-on-drift': 'false', comment: 'false' };
    const extended = await runAction({ eventName: 'push', inputs });
    expect(extended.code, extended.stdout).toBe(0);
    const results = JSON.parse(await readFile(join(extended.outputs['report-dir'] ?? '', 'results.json'), 'utf8')) as SweepResult;
    expect(results.extended?.endLr).toBeGreaterThan(1e-3);
    expect(extended.stdout).toContain(command('notice', extendedNote(results) ?? 'no note'));
    for (const warning of results.warnings ?? []) expect(extended.stdout).toContain(command('warning', warning.message));
    expect(extended.summary).toContain(extendedNote(results) ?? 'no note');

    const strict = await runAction({ eventName: 'push', inputs: { ...inputs, 'strict-range': 'true' } });
    expect(strict.code, strict.stdout).toBe(0);
    const walled = JSON.parse(await readFile(join(strict.outputs['report-dir'] ?? '', 'results.json'), 'utf8')) as SweepResult & { settingsSource: Record<string, string> };
    expect(walled.extended).toBeNull();
    expect(walled.settingsSource.strictRange).toBe('input');
    expect(strict.stdout).not.toContain('::notice::searched ');
  });

  describe('the trial cache against a fake cache service', () => {
    let cacheService: FakeCacheService;
    let workspace = '';
    let runnerTemp = '';
    beforeAll(async () => {
      cacheService = await startCacheService();
      workspace = await mkdtemp(join(tmp, 'cache-ws-'));
      runnerTemp = await mkdtemp(join(tmp, 'cache-temp-'));
      await copyFile(STANDIN, join(workspace, 'train.py'));
    });
    afterAll(async () => {
      await cacheService?.close();
    });
    const inputs = { command: `${PYTHON} train.py --lr {lr} --steps {steps} --seed {seed}`, cache: 'true', 'cache-key-files': 'train.py', ...SEARCH };
    /** One run with the cache service; STANDIN_STARTS counts the trial processes. */
    const cachedRun = async (counter: string, options: Partial<RunOptions> = {}) => {
      // Each run starts without the folder: only the service can bring the trials back.
      await rm(join(runnerTemp, 'lr-sweep-cache'), { recursive: true, force: true });
      return runAction({
        eventName: 'push',
        workspace,
        inputs,
        ...options,
        // @actions/cache refuses GitHub Enterprise Server hosts (the other tests' github.example): say github.com.
        env: { GITHUB_SERVER_URL: 'https://github.com', ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: cacheService.url, ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token', RUNNER_TEMP: runnerTemp, STANDIN_STARTS: join(tmp, counter), ...options.env },
      });
    };
    const starts = async (counter: string) => (await readFile(join(tmp, counter), 'utf8').catch(() => '')).split('\n').filter((l) => l !== '').length;

    it('saves the cache after the first run; the next run restores it, starts no trial and says N of N trials from cache in the summary and the comment', async () => {
      const first = await cachedRun('cache-1.starts');
      expect(first.code, first.stdout).toBe(0);
      const trials = (JSON.parse(await readFile(join(first.outputs['report-dir'] ?? '', 'results.json'), 'utf8')) as { trials: number }).trials;
      expect(await starts('cache-1.starts')).toBe(trials);
      expect(cacheService.entries.filter((e) => e.finalized), first.stdout).toHaveLength(1);
      expect(first.stdout).toContain(actionCacheMessages.notFound());
      expect(first.stdout).toContain(actionCacheMessages.saved(cacheService.entries[0]?.key ?? '', trials));

      const before = gh.comments.length;
      const second = await cachedRun('cache-2.starts', { eventName: 'pull_request', prNumber: 21 });
      expect(second.code, second.stdout).toBe(0);
      expect(await starts('cache-2.starts')).toBe(0);
      expect(second.stdout).toContain(actionCacheMessages.restored(cacheService.entries[0]?.key ?? ''));
      expect(second.stdout).toContain(actionCacheMessages.nothingNew());
      expect(second.outputs['selected-lr']).toBe(first.outputs['selected-lr']);
      const tally = cacheMessages.fromCache(trials, trials);
      expect(second.summary).toContain(`| trial cache | ${tally} |`);
      const comment = gh.comments.slice(before).find((c) => c.body.includes(MARKER));
      expect(comment?.body).toContain(`| trial cache | ${tally} |`);
      expect(cacheService.entries.filter((e) => e.finalized)).toHaveLength(1);
    });

    it('never saves from a pull request of a fork (allow-fork-prs), and an edited key file gets no hit', async () => {
      await writeFile(join(workspace, 'train.py'), `${await readFile(join(workspace, 'train.py'), 'utf8')}\n# edited\n`);
      const run = await cachedRun('cache-3.starts', { eventName: 'pull_request', headRepo: 'eve/r', prNumber: 22, inputs: { ...inputs, 'allow-fork-prs': 'true', comment: 'false' } });
      expect(run.code, run.stdout).toBe(0);
      const trials = (JSON.parse(await readFile(join(run.outputs['report-dir'] ?? '', 'results.json'), 'utf8')) as { trials: number }).trials;
      // The base branch's entry is restored (a prefix fallback), but its trials were keyed on the old train.py.
      expect(run.stdout).toContain(actionCacheMessages.restored(cacheService.entries[0]?.key ?? ''));
      expect(await starts('cache-3.starts')).toBe(trials);
      expect(run.stdout).toContain(actionCacheMessages.forkNotSaved());
      expect(cacheService.entries).toHaveLength(1);
    });
  });

  it('only warns when commenting is forbidden (403)', async () => {
    gh.failures.push({ method: 'POST', path: /\/issues\/8\/comments$/, status: 403 });
    const run = await runAction({ prNumber: 8, inputs: { command: `sh ${TRIAL} {lr} {steps}`, ...SEARCH } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(command('warning', messages.commentFailed(403, 'injected 403 - https://docs.github.com/rest')));
    expect(run.outputs['comment-url']).toBe('');
    expect(run.outputs['verdict']).toBe('no-baseline');
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('does nothing but a notice on a pull request from a fork', async () => {
    const requestsBefore = gh.requests.length;
    const run = await runAction({ headRepo: 'eve/r', inputs: { command: 'echo must-not-run; exit 1' } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(command('notice', messages.forkSkipped('eve/r')));
    // Every output is set, so a later step can tell the skip from a crash (which leaves verdict unset).
    expect(run.outputs['verdict']).toBe('skipped');
    expect(Object.entries(run.outputs).filter(([name]) => name !== 'verdict')).toEqual(
      ['min-lr', 'max-lr', 'lr-midpoint', 'lr-half-loss', 'lr-steepest', 'lr-basin', 'selected-lr', 'expected-lr', 'drift-decades', 'spread-decades', 'report-dir', 'comment-url'].map((name) => [name, '']),
    );
    expect(gh.requests.length).toBe(requestsBefore);
  });

  describe('the fork guard admits exactly the event matrix', () => {
    const repository = { full_name: 'o/r', name: 'r', owner: { login: 'o' } };
    const prPayload = (head: string | null) => ({ pull_request: { number: 7, head: { repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: 'o/r' } } }, repository });
    const workflowRun = (event: string, head: string) => ({ workflow_run: { event, head_repository: { full_name: head }, pull_requests: [] }, repository });
    const comment = (issue: number, onPr = true) => ({ issue: { number: issue, ...(onPr ? { pull_request: { url: `x/pulls/${issue}` } } : {}) }, comment: { body: '/lr-sweep' }, repository });
    interface Case {
      readonly name: string;
      readonly eventName: string;
      readonly payload: Record<string, unknown>;
      readonly runs: boolean;
      readonly notice?: string;
      readonly inputs?: Record<string, string>;
    }
    const cases: Case[] = [
      { name: 'pull_request_review from a fork', eventName: 'pull_request_review', payload: prPayload('eve/r'), runs: false, notice: messages.forkSkipped('eve/r') },
      { name: 'pull_request_review_comment from a fork', eventName: 'pull_request_review_comment', payload: prPayload('eve/r'), runs: false, notice: messages.forkSkipped('eve/r') },
      { name: 'pull_request_target from a fork', eventName: 'pull_request_target', payload: prPayload('eve/r'), runs: false, notice: messages.forkSkipped('eve/r') },
      { name: 'pull_request from a deleted fork', eventName: 'pull_request', payload: prPayload(null), runs: false, notice: messages.forkSkipped('(deleted fork)') },
      { name: 'issue_comment on a fork\'s pull request (looked up)', eventName: 'issue_comment', payload: comment(31), runs: false, notice: messages.forkSkipped('eve/r') },
      { name: 'issue_comment whose pull request cannot be looked up', eventName: 'issue_comment', payload: comment(33), runs: false, notice: messages.pullLookupFailed(33, 'HTTP 404: Not Found - https://docs.github.com/rest') },
      { name: 'issue_comment on an issue', eventName: 'issue_comment', payload: comment(34, false), runs: false, notice: messages.eventRefused('issue_comment', ALLOWED_EVENTS) },
      { name: 'workflow_run of a fork\'s pull request', eventName: 'workflow_run', payload: workflowRun('pull_request', 'eve/r'), runs: false, notice: messages.forkSkipped('eve/r') },
      { name: 'an unlisted event (issues)', eventName: 'issues', payload: { issue: { number: 1 }, repository }, runs: false, notice: messages.eventRefused('issues', ALLOWED_EVENTS) },
      { name: 'no GITHUB_EVENT_NAME', eventName: '', payload: { repository }, runs: false, notice: messages.eventRefused('', ALLOWED_EVENTS) },
      { name: 'pull_request_review from the base repository', eventName: 'pull_request_review', payload: prPayload('o/r'), runs: true },
      { name: 'pull_request_review from a fork with allow-fork-prs', eventName: 'pull_request_review', payload: prPayload('eve/r'), runs: true, inputs: { 'allow-fork-prs': 'true' } },
      { name: 'issue_comment on a same-repository pull request (looked up)', eventName: 'issue_comment', payload: comment(32), runs: true },
      { name: 'workflow_run of a same-repository pull request', eventName: 'workflow_run', payload: workflowRun('pull_request', 'o/r'), runs: true },
      { name: 'merge_group', eventName: 'merge_group', payload: { merge_group: { head_sha: 'abc' }, repository }, runs: true },
      ...['push', 'workflow_dispatch', 'schedule', 'release'].map((eventName) => ({ name: eventName, eventName, payload: { repository }, runs: true })),
    ];

    it.each(cases)('$name: runs the command = $runs', async ({ eventName, payload, runs, notice, inputs }) => {
      gh.pulls.set(31, 'eve/r');
      gh.pulls.set(32, 'o/r');
      const workspace = await mkdtemp(join(tmp, 'ws-'));
      const marker = join(workspace, 'ran');
      const run = await runAction({ eventName, payload, workspace, inputs: { command: `touch ${marker}; exit 1`, ...SEARCH, comment: 'false', ...inputs } });
      expect(existsSync(marker), run.stdout).toBe(runs);
      if (!runs) {
        expect(run.code, run.stdout).toBe(0);
        expect(run.stdout.trim()).toBe(command('notice', notice ?? ''));
        expect(run.outputs['verdict']).toBe('skipped');
      }
    });

    it('issue_comment looks the pull request up with the token', () => {
      const lookups = gh.requests.filter((r) => r.method === 'GET' && /\/repos\/o\/r\/pulls\/3[123]$/.test(r.path));
      expect(lookups.map((r) => r.path).sort()).toEqual(['/repos/o/r/pulls/31', '/repos/o/r/pulls/32', '/repos/o/r/pulls/33']);
      for (const r of lookups) expect(r.authorization).toBe(`token ${TOKEN}`);
    });
  });

  it.each([
    ['working-directory', '..'],
    ['working-directory', 'out'],
    ['baseline-file', 'out/lr.json'],
    ['baseline-file', '../lr.json'],
  ])('refuses %s %j outside the workspace (symlinks resolved) with one line, before running anything', async (name, value) => {
    const workspace = await mkdtemp(join(tmp, 'ws-'));
    await symlink(tmp, join(workspace, 'out'), 'dir');
    const run = await runAction({ eventName: 'push', workspace, inputs: { command: `touch ${join(workspace, 'ran')}; exit 1`, ...SEARCH, [name]: value } });
    expect(run.code).toBe(1);
    expect(run.stdout.trim()).toBe(command('error', messages.badInput(name, value, `a path inside the workspace ${workspace} (GITHUB_WORKSPACE; symlinks resolved)`)));
    expect(existsSync(join(workspace, 'ran'))).toBe(false);
  });

  it('refuses parallel above 64 with one line, before running anything', async () => {
    const workspace = await mkdtemp(join(tmp, 'ws-'));
    const run = await runAction({ eventName: 'push', workspace, inputs: { command: `touch ${join(workspace, 'ran')}; exit 1`, ...SEARCH, parallel: '100' } });
    expect(run.code).toBe(1);
    expect(run.stdout.trim()).toBe(command('error', messages.badInput('parallel', '100', 'an integer from 1 to 64')));
    expect(existsSync(join(workspace, 'ran'))).toBe(false);
  });

  describe('artifact upload against a fake results service', () => {
    let service: FakeArtifactService;
    beforeAll(async () => {
      service = await startArtifactService();
    });
    afterAll(async () => {
      await service?.close();
    });
    const run = () => runAction({ eventName: 'push', env: service.env(), inputs: { command: `sh ${TRIAL} {lr} {steps}`, ...SEARCH, 'expected-lr': String(selected) } });

    it('a cancelled run (SIGTERM) stops its trials, uploads samples.csv of the finished ones and posts no comment', async () => {
      service.mode = { kind: 'ok' };
      const before = { artifacts: service.artifacts.length, comments: gh.comments.length };
      let signalled = false;
      const result = await runAction({
        inputs: { command: `sleep 0.3; sh ${TRIAL} {lr} {steps}`, ...SEARCH },
        env: service.env(),
        watch: (output, child) => {
          if (!signalled && /trial 4\//.test(output)) {
            signalled = true;
            child.kill('SIGTERM');
          }
        },
      });
      expect(signalled, result.stdout).toBe(true);
      expect(result.code).not.toBe(0);
      const finished = Number(/interrupted \(SIGTERM\): (\d+) finished trial/.exec(result.stdout)?.[1] ?? -1);
      expect(finished, result.stdout).toBeGreaterThanOrEqual(4);
      expect(result.stdout).toContain(command('error', messages.interrupted('SIGTERM', finished)));
      expect(gh.comments.length).toBe(before.comments);
      expect(service.artifacts.length).toBe(before.artifacts + 1);
      const artifact = service.artifacts.at(-1);
      expect(artifact?.bytes.includes(Buffer.from('samples.csv'))).toBe(true);
      expect(artifact?.bytes.includes(Buffer.from('results.json'))).toBe(false);
      // Nothing of the search outlives the action: no trial of this run is still sleeping.
      expect(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })).not.toContain(`sleep 0.3; sh ${TRIAL}`);
    });

    it('3 shard jobs + a merge job (the documented matrix) give the unsharded run\'s outputs, report files and comment', async () => {
      service.mode = { kind: 'ok' };
      const trial = { command: `sh ${TRIAL} {lr} {steps} {seed}`, ...SEARCH, repeats: '4', 'expected-lr': String(selected) };
      const whole = await runAction({ prNumber: 31, env: service.env('run-whole', 'job-whole'), inputs: { ...trial, 'artifact-name': 'whole' } });
      expect(whole.code, whole.stdout).toBe(0);
      for (const i of [1, 2, 3]) {
        // A leg may have other slots: parallel is not part of the job (results.json is repeat 0's, shard 1's, so its settings match).
        const leg = await runAction({ prNumber: 32, env: service.env('run-sharded', `job-shard-${i}`), inputs: { ...trial, ...(i === 2 ? { parallel: '1' } : {}), shard: `${i}/3`, 'artifact-name': 'sharded' } });
        expect(leg.code, leg.stdout).toBe(0);
        expect(leg.outputs['verdict']).toBe('sharded');
        expect(leg.outputs['selected-lr']).toBe('');
        expect(leg.stdout).toContain(messages.shardUploaded(i, 3, i === 1 ? 2 : 1, `sharded-part-${i}-of-3`));
      }
      expect(gh.comments.filter((c) => c.issue_number === 32)).toHaveLength(0);
      expect(service.artifacts.filter((a) => a.runBackendId === 'run-sharded').map((a) => a.name)).toEqual(['sharded-part-1-of-3', 'sharded-part-2-of-3', 'sharded-part-3-of-3']);
      // The merge job: no trial source, another job of the same workflow run.
      const merge = await runAction({ prNumber: 32, env: service.env('run-sharded', 'job-merge'), inputs: { merge: 'true', 'expected-lr': String(selected), 'artifact-name': 'sharded' } });
      expect(merge.code, merge.stdout).toBe(0);
      expect(merge.stdout).toContain(messages.merged(3, 4, `command:sh ${TRIAL} {lr} {steps} {seed}`));
      const shown = ['min-lr', 'max-lr', 'lr-midpoint', 'lr-half-loss', 'lr-steepest', 'lr-basin', 'selected-lr', 'expected-lr', 'drift-decades', 'spread-decades', 'verdict'];
      expect(Object.fromEntries(shown.map((k) => [k, merge.outputs[k]]))).toEqual(Object.fromEntries(shown.map((k) => [k, whole.outputs[k]])));
      for (const name of ['results.json', 'repeats.json', 'samples.csv']) {
        expect(await readFile(join(merge.outputs['report-dir'] ?? '', name), 'utf8'), name).toBe(await readFile(join(whole.outputs['report-dir'] ?? '', name), 'utf8'));
      }
      const body = (issue: number, name: string) => {
        const found = gh.comments.filter((c) => c.issue_number === issue && c.body.includes(commentMarker(`${JOB}/${name}`)));
        expect(found).toHaveLength(1);
        // Only the marker and the artifact links differ between the two runs.
        return (found[0]?.body ?? '').replace(commentMarker(`${JOB}/${name}`), 'MARKER').replace(/artifacts\/\d+/g, 'artifacts/ID');
      };
      expect(body(32, 'sharded')).toBe(body(31, 'whole'));
    }, 180_000);

    it('a run setting in a runner message is named as each edge spells it: --trial-timeout by the CLI, the trial-timeout input by the action', async () => {
      const slow = 'sleep 3; echo 1';
      const fromCli = await cli(['search', '--command', slow, '--trial-timeout', '0.3', '--max-trials', '20', '--out', join(tmp, 'timeout-cli')]);
      expect(fromCli.code).toBe(1);
      expect(fromCli.stderr).toContain('(raise --trial-timeout if trials need longer)');
      const fromAction = await runAction({ eventName: 'push', inputs: { command: slow, 'trial-timeout': '0.3', 'max-trials': '20' } });
      expect(fromAction.code).toBe(1);
      expect(fromAction.stdout).toContain('(raise the trial-timeout input if trials need longer)');
      expect(fromAction.stdout).not.toContain('--trial-timeout');
    });

    it('merge without parts, shard without repeats and shard with merge are one-line errors', async () => {
      const none = await runAction({ eventName: 'push', env: service.env('run-empty', 'job-merge'), inputs: { merge: 'true', 'artifact-name': 'nothing' } });
      expect(none.code).toBe(1);
      expect(none.stdout).toContain('::error::merge: no artifact named nothing-part-<I>-of-<N> in this workflow run');
      const alone = await runAction({ eventName: 'push', env: service.env(), inputs: { command: `sh ${TRIAL} {lr} {steps}`, shard: '1/2' } });
      expect(alone.code).toBe(1);
      expect(alone.stdout).toContain('::error::shard 1/2: needs repeats K (shards split the repeats)');
      const both = await runAction({ eventName: 'push', env: service.env(), inputs: { command: `sh ${TRIAL} {lr} {steps}`, repeats: '2', shard: '1/2', merge: 'true' } });
      expect(both.code).toBe(1);
      expect(both.stdout).toContain('::error::merge "true" is invalid: expected false with shard (1/2)');
      for (const run of [none, alone, both]) expect(run.stdout).not.toMatch(/\n\s+at /);
    });

    it('uploads the report folder as a zip and links the artifact', async () => {
      service.mode = { kind: 'ok' };
      const result = await run();
      expect(result.code, result.stdout).toBe(0);
      expect(result.outputs['verdict']).toBe('pass');
      const artifact = service.artifacts.at(-1);
      expect(artifact, `${result.stdout}\n${JSON.stringify(service.requests)}`).toBeDefined();
      expect(artifact?.name).toBe('lr-sweep-report');
      expect([artifact?.runBackendId, artifact?.jobBackendId]).toEqual(['run-backend-1', 'job-backend-1']);
      expect(artifact?.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(artifact?.size).toBe(artifact?.bytes.length);
      for (const file of ['report.md', 'results.json', 'samples.csv']) expect(artifact?.bytes.includes(Buffer.from(file)), file).toBe(true);
      expect(result.summary).toContain(`https://github.localhost/o/r/actions/runs/4242/artifacts/${artifact?.id}`);
      expect(result.stdout).not.toContain('::warning::');
    });

    it.each([
      ['a 5xx', { kind: 'error', status: 501 } as const],
      ['a quota refusal', { kind: 'quota' } as const],
    ])('only warns on %s, leaving the verdict and the exit code alone', async (_, mode) => {
      service.mode = mode;
      const before = service.artifacts.length;
      const result = await run();
      expect(result.code, result.stdout).toBe(0);
      expect(result.outputs['verdict']).toBe('pass');
      expect(service.artifacts).toHaveLength(before);
      const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^::warning::artifact "lr-sweep-report" not uploaded \(/);
      expect(result.summary).not.toContain('/artifacts/');
    });
  });

  it('fails on a bad input with one line naming it, before running anything', async () => {
    const run = await runAction({ eventName: 'push', inputs: { command: 'exit 1', tolerance: 'abc' } });
    expect(run.code).toBe(1);
    expect(run.stdout.trim()).toBe(command('error', 'tolerance "abc" is invalid: expected a positive number of decades or a factor like 2x'));
  });

  it.each(['..', '.'])('refuses artifact-name %j before running anything, leaving RUNNER_TEMP alone', async (name) => {
    const run = await runAction({ eventName: 'push', inputs: { command: 'echo must-not-run; exit 1', 'artifact-name': name } });
    expect(run.code).toBe(1);
    expect(run.stdout.trim()).toBe(command('error', messages.badInput('artifact-name', name, messages.ARTIFACT_NAME_ALLOWED)));
    // The event file sits in RUNNER_TEMP: it is still there, so nothing emptied RUNNER_TEMP.
    expect(existsSync(join(run.runnerTemp, 'event.json'))).toBe(true);
  });

  it('trains the blobs TensorFlow.js fixture from the bundle on the wasm backend (its .wasm files found next to the chunk)', async () => {
    const run = await runAction({
      eventName: 'push',
      workspace: join(REPO, 'fixtures'),
      inputs: { config: 'lr-sweep.config.mjs', 'working-directory': 'blobs', backend: 'wasm', 'max-trials': '20' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['verdict']).toBe('no-baseline');
    expect(Number(run.outputs['selected-lr'])).toBeGreaterThan(0);
    expect(existsSync(join(run.outputs['report-dir'] ?? '', 'curve.png'))).toBe(true);
    // The runner's log line names the input, not the CLI flag.
    expect(run.stdout).toContain(tfjsMessages.backendRunning('wasm', 'requested with the backend input'));
    expect(run.stdout).not.toContain('--backend');
  });

  it('names the backend input, not --backend, when the backend asked for cannot load', async () => {
    const run = await runAction({
      eventName: 'push',
      workspace: join(REPO, 'fixtures'),
      inputs: { config: 'lr-sweep.config.mjs', 'working-directory': 'blobs', backend: 'tensorflow' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::the backend input tensorflow cannot load: /);
    expect(run.stdout).not.toContain('--backend');
  });

  it.skipIf(NODE24 === null)('runs on the Actions runtime, Node 24', async () => {
    expect(execFileSync(NODE24 ?? '', ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
    const run = await runAction({
      eventName: 'push',
      node: [NODE24 ?? ''],
      inputs: { command: `sh ${TRIAL} {lr} {steps}`, ...SEARCH, 'expected-lr': String(selected) },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['verdict']).toBe('pass');
    // The same pick as on Node 20, to the last bits a newer V8's Math may round differently.
    expect(Math.abs(Math.log10(Number(run.outputs['selected-lr'])) - Math.log10(selected))).toBeLessThan(1e-12);
  });
});
