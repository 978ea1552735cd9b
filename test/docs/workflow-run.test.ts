/**
 * The fork-safe `workflow_run` comment of docs/action.md, run end to end: the github-script step's
 * script is taken from the docs as written, given the hand-off files the action writes
 * (`writeHandoff` with the real `commentBody`), and run against the local fake GitHub API, where the
 * action's own `upsertComment` wrote (or later finds) the sticky comment.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commentBody, commentBudget, commentMarker, upsertComment, type GitHubClient } from '../../src/action/comment.js';
import { writeHandoff } from '../../src/action/handoff.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { startGitHubServer, type FakeGitHub } from '../action/github-server.js';
import { syntheticAnalysis, syntheticTrials, sweepResult } from '../report/synthetic.js';
import { codeBlocks, docPages, ROOT } from './markdown.js';

interface Step {
  readonly uses?: string;
  readonly with?: Record<string, string>;
}
interface Workflow {
  readonly on?: unknown;
  readonly jobs: Record<string, { readonly steps: readonly Step[] }>;
}

const page = docPages().find((p) => p.path === 'docs/action.md');
const workflows = codeBlocks(page ?? { path: 'docs/action.md', text: '' })
  .filter((b) => b.lang === 'yaml')
  .map((b) => parse(b.code) as Workflow | null)
  .filter((w): w is Workflow => w !== null && typeof w === 'object' && 'jobs' in w);

const trusted = workflows.find((w) => typeof w.on === 'object' && w.on !== null && 'workflow_run' in w.on);
const trustedSteps = Object.values(trusted?.jobs ?? {}).flatMap((job) => job.steps);
const script = trustedSteps.find((s) => s.uses?.startsWith('actions/github-script@'))?.with?.['script'] ?? '';
const download = trustedSteps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with ?? {};

/** The untrusted workflow: a pull_request sweep that leaves the comment to the trusted one. */
const untrusted = workflows.find((w) => w.on === 'pull_request' && Object.values(w.jobs).some((j) => j.steps.some((s) => s.with?.['comment'] === 'false')));
const [sweepJob, sweepSteps] = Object.entries(untrusted?.jobs ?? {}).map(([name, job]) => [name, job.steps] as const)[0] ?? ['', []];
const sweepStep = sweepSteps.find((s) => /lr-sweep@/.test(s.uses ?? ''));
const actionYml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
const artifactName = sweepStep?.with?.['artifact-name'] ?? actionYml.inputs['artifact-name']?.default ?? '';
/** The key the action gives the sticky comment: `<job>/<artifact-name>`. */
const KEY = `${sweepJob}/${artifactName}`;

const PR = 7;
const HEAD_SHA = 'a'.repeat(40);
const target = { owner: 'o', repo: 'r', issueNumber: PR };
/** The fake answers this token as an installation token: comments are written by github-actions[bot]. */
const APP_TOKEN = 'app-token';

/**
 * A fetch for Octokit that answers GET /repos/{o}/{r}/pulls/{n} from `heads` (number -> head sha)
 * and passes every other request to the fake GitHub.
 */
function withPullRequests(heads: Readonly<Record<number, string>>): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const pull = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname);
    if (pull === null || (init?.method ?? 'GET') !== 'GET') return fetch(input, init);
    const sha = heads[Number(pull[1])];
    const [status, body] = sha === undefined ? [404, { message: 'Not Found' }] : [200, { number: Number(pull[1]), head: { sha, repo: { full_name: 'mallory/r' } } }];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
}

/** What actions/github-script passes the script (the parts it uses). */
interface ScriptContext {
  readonly repo: { readonly owner: string; readonly repo: string };
  readonly payload: { readonly workflow_run: { readonly head_sha: string } };
}
type Script = (require: (id: string) => unknown, github: GitHubClient, context: ScriptContext) => Promise<unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...params: string[]) => Script;

/**
 * Runs the documented script as actions/github-script does (an async function body with `require`,
 * `github` and `context`), with the job's working directory at `cwd`.
 */
async function runScript(cwd: string, github: GitHubClient, headSha = HEAD_SHA): Promise<void> {
  const fsInCwd = { readFileSync: (path: string, encoding: BufferEncoding) => readFileSync(resolve(cwd, path), encoding) };
  const requireInJob = (id: string): unknown => {
    if (id === 'fs') return fsInCwd;
    throw new Error(`the documented script requires "${id}", which this test does not provide`);
  };
  await new AsyncFunction('require', 'github', 'context', script)(requireInJob, github, { repo: { owner: 'o', repo: 'r' }, payload: { workflow_run: { head_sha: headSha } } });
}

const result = sweepResult(syntheticTrials(), syntheticAnalysis(syntheticTrials()));

describe('docs/action.md: the fork-safe workflow_run comment, run against a local GitHub', () => {
  let gh: FakeGitHub;
  let cwd: string;
  let github: GitHubClient;
  /** Writes the artifact the untrusted run uploads, as the action writes it, where the trusted job downloads it. */
  const writeArtifact = async (key: string, text: string, prNumber = PR): Promise<string> => {
    const body = commentBody(key, renderMarkdown(result, { maxChars: commentBudget(key) }) + text);
    await writeHandoff(join(cwd, download['path'] ?? ''), body, prNumber);
    return body;
  };
  const writes = () => gh.requests.filter((r) => r.method === 'POST' || r.method === 'PATCH').filter((r) => r.path !== '/graphql');

  beforeEach(async () => {
    gh = await startGitHubServer();
    cwd = mkdtempSync(join(tmpdir(), 'lr-sweep-workflow-run-'));
    mkdirSync(join(cwd, download['path'] ?? ''), { recursive: true }); // download-artifact's `path`
    github = getOctokit(APP_TOKEN, { baseUrl: gh.url, request: { fetch: withPullRequests({ [PR]: HEAD_SHA }) } });
  });
  afterEach(async () => {
    await gh.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('the docs hold both workflows, and the comment workflow downloads the artifact the sweep uploads', () => {
    expect(script).toContain('github.rest.issues.createComment');
    expect(sweepJob).not.toBe('');
    expect(download['name']).toBe(artifactName);
    expect(download['path']).toBeTypeOf('string');
  });

  it('updates the sticky comment the action wrote, found past the first page, and leaves a pasted marker alone', async () => {
    const pasted = gh.addComment(PR, 'mallory', `${commentMarker(KEY)}\nlooks like lr-sweep`);
    for (let i = 0; i < 120; i++) gh.addComment(PR, 'someone', `comment ${i}`);
    const first = await upsertComment(getOctokit(APP_TOKEN, { baseUrl: gh.url }), target, { key: KEY, body: 'the previous run', retryDelayMs: 0 });
    expect(first.status).toBe('created');
    const body = await writeArtifact(KEY, '\nthis run');
    const before = writes().length;

    await runScript(cwd, github);

    expect(writes().slice(before).map((r) => r.method)).toEqual(['PATCH']);
    expect(gh.comments).toHaveLength(122);
    expect(gh.comments.find((c) => first.status !== 'failed' && c.id === first.id)?.body).toBe(body);
    expect(pasted.body).toBe(`${commentMarker(KEY)}\nlooks like lr-sweep`);
  });

  it("creates the comment when there is none, and the action's next run recognises it as its sticky comment", async () => {
    const body = await writeArtifact(KEY, '');

    await runScript(cwd, github);

    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]).toMatchObject({ body, user: { login: 'github-actions[bot]' } });
    const next = await upsertComment(getOctokit(APP_TOKEN, { baseUrl: gh.url }), target, { key: KEY, body: 'next run', retryDelayMs: 0 });
    expect(next).toMatchObject({ status: 'updated', id: gh.comments[0]?.id });
    expect(gh.comments).toHaveLength(1);
  });

  it('accepts the marker of any key the action makes (matrix jobs, odd artifact names)', async () => {
    const keys = ['sweep/lr-sweep-report', 'gpu (3.12, cuda)/report-3.12', 'job/ünïcödé name', 'a.b_c/d-e'];
    for (const [i, key] of keys.entries()) {
      github = getOctokit(APP_TOKEN, { baseUrl: gh.url, request: { fetch: withPullRequests({ [PR + i]: HEAD_SHA }) } });
      const body = await writeArtifact(key, '', PR + i);
      await runScript(cwd, github);
      expect(gh.comments.at(-1)).toMatchObject({ body, issue_number: PR + i });
    }
    expect(gh.comments).toHaveLength(keys.length);
  });

  it('refuses a comment.md whose first line is not lr-sweep\'s marker, writing nothing', async () => {
    for (const first of ['', 'hello', '<!-- lr-sweep: -->', '<!-- lr-sweep:k --> <img src=x onerror=alert(1)>', '<!-- other:k -->']) {
      await writeHandoff(join(cwd, download['path'] ?? ''), `${first}\nbody`, PR);
      await expect(runScript(cwd, github)).rejects.toThrow('bad marker');
    }
    expect(writes()).toEqual([]);
  });

  it('refuses an artifact from another commit than the pull request\'s head, writing nothing', async () => {
    await writeArtifact(KEY, '');
    await expect(runScript(cwd, github, 'b'.repeat(40))).rejects.toThrow('artifact is not from this PR');
    expect(writes()).toEqual([]);
  });

  it('refuses a pr-number.txt that is not a pull request number', async () => {
    for (const number of [0, -3, 1.5]) {
      await writeArtifact(KEY, '', number);
      await expect(runScript(cwd, github)).rejects.toThrow('bad PR number');
    }
    expect(writes()).toEqual([]);
  });
});
