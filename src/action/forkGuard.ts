/**
 * The fork guard, deny by default: lr-sweep runs code from the repository (a model definition or a
 * training command), so code from a pull request runs only when the pull request's head repository is
 * the base repository (or `allow-fork-prs` is true), whatever event carries it; events without a pull
 * request run only when listed; any other event is refused. Pure apart from the injected pull request
 * lookup that `issue_comment` needs (its payload has no head repository).
 */
import { getOctokit } from '@actions/github';
import type { RunContext } from './context.js';
import * as messages from './messages.js';

/** Events that carry a pull request in `payload.pull_request` (head and base repositories). */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'] as const;

/** Events without a pull request that run the base repository's own code. */
const LISTED_EVENTS = ['push', 'workflow_dispatch', 'schedule', 'release'] as const;

/** Every event the guard can admit (the pull request ones only from the base repository, or with allow-fork-prs). */
export const ALLOWED_EVENTS: readonly string[] = [...LISTED_EVENTS, 'merge_group', ...PULL_REQUEST_EVENTS, 'issue_comment', 'workflow_run'];

/** The event as the guard sees it. */
export interface GuardEvent {
  /** GITHUB_EVENT_NAME; '' when unset. */
  readonly name: string;
  /** The webhook payload (GITHUB_EVENT_PATH); {} when absent. */
  readonly payload: Readonly<Record<string, unknown>>;
  /** GITHUB_REPOSITORY (owner/name): the base repository, whose runner and secrets are at stake; null when unset. */
  readonly repository: string | null;
  /** GITHUB_ACTIONS is 'true'; outside Actions the guard does not apply. */
  readonly insideActions: boolean;
}

/** Options for {@link forkGuard}. */
export interface ForkGuardOptions {
  /** The `allow-fork-prs` input: run pull requests from other repositories too. */
  readonly allowForkPrs: boolean;
  /** Resolves a pull request number to its head repository (owner/name; null when deleted); throws when it cannot. Called for `issue_comment` only. */
  readonly lookupHeadRepo: (pullNumber: number) => Promise<string | null>;
}

/** Run the step, or skip it with a one-line notice. */
export type GuardDecision = { readonly run: true } | { readonly run: false; readonly message: string };

const RUN: GuardDecision = { run: true };

/** Where the code to run comes from, read from the event alone. */
type Origin =
  | { readonly kind: 'base' }
  | { readonly kind: 'head'; readonly headRepo: string | null }
  | { readonly kind: 'lookup'; readonly pullNumber: number }
  | { readonly kind: 'refused' };

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** `value.full_name` when it is a non-empty string, else null. */
function fullName(value: unknown): string | null {
  const name = record(value)?.['full_name'];
  return typeof name === 'string' && name !== '' ? name : null;
}

function originOf(name: string, payload: Readonly<Record<string, unknown>>): Origin {
  if ((PULL_REQUEST_EVENTS as readonly string[]).includes(name)) {
    return { kind: 'head', headRepo: fullName(record(record(payload['pull_request'])?.['head'])?.['repo']) };
  }
  if ((LISTED_EVENTS as readonly string[]).includes(name) || name === 'merge_group') return { kind: 'base' };
  if (name === 'issue_comment') {
    const issue = record(payload['issue']);
    const pullNumber = issue?.['number'];
    if (issue === null || record(issue['pull_request']) === null || typeof pullNumber !== 'number') return { kind: 'refused' };
    return { kind: 'lookup', pullNumber };
  }
  // A workflow_run checks out its head repository's code: a fork's pull request shows as event
  // pull_request with an empty pull_requests list, so the head repository decides for every workflow_run.
  if (name === 'workflow_run') return { kind: 'head', headRepo: fullName(record(payload['workflow_run'])?.['head_repository']) };
  return { kind: 'refused' };
}

/**
 * Decides whether the step may run the repository's code for this event (the matrix above).
 * Never throws: a failed pull request lookup counts as a fork.
 *
 * @example
 * const decision = await forkGuard(guardEventOf(context), { allowForkPrs: false, lookupHeadRepo: restHeadRepoLookup(token, apiUrl, 'o/r') });
 * if (!decision.run) core.notice(decision.message);
 */
export async function forkGuard(event: GuardEvent, options: ForkGuardOptions): Promise<GuardDecision> {
  if (!event.insideActions) return RUN;
  const origin = originOf(event.name, event.payload);
  if (origin.kind === 'refused') return { run: false, message: messages.eventRefused(event.name, ALLOWED_EVENTS) };
  if (origin.kind === 'base') return RUN;
  const base = event.repository ?? fullName(event.payload['repository']) ?? fullName(record(record(record(event.payload['pull_request'])?.['base'])?.['repo']));
  let headRepo: string | null;
  if (origin.kind === 'lookup') {
    try {
      headRepo = await options.lookupHeadRepo(origin.pullNumber);
    } catch (error) {
      return options.allowForkPrs ? RUN : { run: false, message: messages.pullLookupFailed(origin.pullNumber, error instanceof Error ? error.message : String(error)) };
    }
  } else {
    headRepo = origin.headRepo;
  }
  if (headRepo !== null && base !== null && headRepo.toLowerCase() === base.toLowerCase()) return RUN;
  return options.allowForkPrs ? RUN : { run: false, message: messages.forkSkipped(headRepo ?? '(deleted fork)') };
}

/**
 * A {@link ForkGuardOptions.lookupHeadRepo} through the REST API (GET /repos/{owner}/{repo}/pulls/{number})
 * with the workflow's token; an empty token or any failed request throws with a one-line reason.
 */
export function restHeadRepoLookup(token: string, apiUrl: string, repository: { readonly owner: string; readonly repo: string } | null): (pullNumber: number) => Promise<string | null> {
  return async (pullNumber) => {
    if (token === '') throw new Error('no github-token');
    if (repository === null) throw new Error('no GITHUB_REPOSITORY');
    try {
      const { data } = await getOctokit(token, { baseUrl: apiUrl, request: { retries: 0 } }).rest.pulls.get({ ...repository, pull_number: pullNumber });
      return fullName(data.head.repo);
    } catch (error) {
      const status = record(error)?.['status'];
      const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      throw new Error(typeof status === 'number' ? `HTTP ${status}: ${detail}` : detail);
    }
  };
}

/** The guard's view of a {@link RunContext}. */
export function guardEventOf(context: RunContext): GuardEvent {
  const { repository } = context;
  return { name: context.eventName, payload: context.payload, repository: repository === null ? null : `${repository.owner}/${repository.repo}`, insideActions: context.insideActions };
}
