/**
 * What the action needs to know about the workflow run, read from the runner's environment once
 * (rather than `@actions/github`'s module-level `context`, which reads it at import time).
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** The workflow run, as the runner describes it in environment variables. */
export interface RunContext {
  /** GITHUB_ACTIONS is 'true' (the fork guard applies only inside Actions). */
  readonly insideActions: boolean;
  /** GITHUB_EVENT_NAME, e.g. 'pull_request'; '' outside Actions. */
  readonly eventName: string;
  /** The webhook payload from GITHUB_EVENT_PATH; {} when absent. */
  readonly payload: Readonly<Record<string, unknown>>;
  /** GITHUB_REPOSITORY split, or null. */
  readonly repository: { readonly owner: string; readonly repo: string } | null;
  /** GITHUB_WORKSPACE (the repository root), else the current directory. */
  readonly workspace: string;
  /** RUNNER_TEMP, else the OS temp folder. */
  readonly runnerTemp: string;
  /** GITHUB_API_URL, default https://api.github.com. */
  readonly apiUrl: string;
  /** The run's page, e.g. https://github.com/o/r/actions/runs/1, or null without GITHUB_RUN_ID. */
  readonly runUrl: string | null;
  /** GITHUB_JOB, '' outside Actions. */
  readonly job: string;
  /** ACTIONS_RUNTIME_TOKEN (needed for artifacts), undefined outside Actions. */
  readonly runtimeToken: string | undefined;
}

/** A pull request event's facts that matter here. */
export interface PullRequestInfo {
  readonly number: number;
  /** True when the head branch lives in another repository (or a deleted one). */
  readonly fork: boolean;
  /** owner/name of the head repository, or '(deleted fork)'. */
  readonly headRepo: string;
  /** True on `pull_request` from a fork: the token is read-only. (`pull_request_target` tokens can write.) */
  readonly readOnlyToken: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the run context from `env` (default process.env). */
export function readRunContext(env: Env = process.env): RunContext {
  let payload: Record<string, unknown> = {};
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath !== undefined && eventPath !== '') {
    try {
      payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const repository = owner && repo ? { owner, repo } : null;
  const serverUrl = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const runId = env['GITHUB_RUN_ID'];
  return {
    insideActions: env['GITHUB_ACTIONS'] === 'true',
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    payload,
    repository,
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    runnerTemp: env['RUNNER_TEMP'] || tmpdir(),
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    runUrl: repository !== null && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : null,
    job: env['GITHUB_JOB'] ?? '',
    runtimeToken: env['ACTIONS_RUNTIME_TOKEN'],
  };
}

interface RepoRef {
  readonly full_name?: string;
}

/** The pull request behind a `pull_request` / `pull_request_target` event, or null for other events. */
export function pullRequestOf(context: RunContext): PullRequestInfo | null {
  if (context.eventName !== 'pull_request' && context.eventName !== 'pull_request_target') return null;
  const pr = context.payload['pull_request'] as
    | { number?: number; head?: { repo?: RepoRef | null }; base?: { repo?: RepoRef | null } }
    | undefined;
  if (pr === undefined || typeof pr.number !== 'number') return null;
  const head = pr.head?.repo?.full_name ?? null;
  const base = pr.base?.repo?.full_name ?? (context.repository ? `${context.repository.owner}/${context.repository.repo}` : null);
  const fork = head === null || head.toLowerCase() !== (base ?? '').toLowerCase();
  return { number: pr.number, fork, headRepo: head ?? '(deleted fork)', readOnlyToken: fork && context.eventName === 'pull_request' };
}

/** The environment for the user's trial commands: the job's, minus the action's inputs and runtime tokens. */
export function trialEnvironment(env: Env = process.env): Record<string, string | undefined> {
  const clean: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith('INPUT_') || key === 'ACTIONS_RUNTIME_TOKEN' || key === 'ACTIONS_ID_TOKEN_REQUEST_TOKEN') continue;
    clean[key] = value;
  }
  return clean;
}
