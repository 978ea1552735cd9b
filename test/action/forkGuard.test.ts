import { describe, expect, it } from 'vitest';
import { ALLOWED_EVENTS, forkGuard, type ForkGuardOptions, type GuardEvent } from '../../src/action/forkGuard.js';
import * as messages from '../../src/action/messages.js';

const BASE = 'o/r';
const prPayload = (head: string | null): Record<string, unknown> => ({
  pull_request: { number: 5, head: { repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: BASE } } },
  repository: { full_name: BASE },
});
const workflowRunPayload = (event: string, head: string | null, pullRequests: unknown[] = []): Record<string, unknown> => ({
  workflow_run: { event, head_repository: head === null ? null : { full_name: head }, pull_requests: pullRequests },
  repository: { full_name: BASE },
});
const commentPayload = (onPr: boolean): Record<string, unknown> => ({
  issue: { number: 9, ...(onPr ? { pull_request: { url: 'https://api.github.com/repos/o/r/pulls/9' } } : {}) },
  repository: { full_name: BASE },
});

/** Looks PRs up in a table; a missing number throws like a 404. Records what was asked. */
function lookupTable(heads: Record<number, string | null>): ForkGuardOptions['lookupHeadRepo'] & { asked: number[] } {
  const asked: number[] = [];
  const lookup = async (n: number): Promise<string | null> => {
    asked.push(n);
    if (!(n in heads)) throw new Error('HTTP 404: Not Found');
    return heads[n] ?? null;
  };
  return Object.assign(lookup, { asked });
}

const event = (name: string, payload: Record<string, unknown>, repository: string | null = BASE): GuardEvent => ({ name, payload, repository, insideActions: true });
const options = (overrides: Partial<ForkGuardOptions> = {}): ForkGuardOptions => ({ allowForkPrs: false, lookupHeadRepo: lookupTable({}), ...overrides });

describe('forkGuard(event, options)', () => {
  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])(
    'forkGuard skips %s from a fork and runs it from the base repository',
    async (name) => {
      expect(await forkGuard(event(name, prPayload('eve/r')), options())).toEqual({ run: false, message: messages.forkSkipped('eve/r') });
      expect(await forkGuard(event(name, prPayload('O/R')), options())).toEqual({ run: true });
    },
  );

  it('forkGuard treats a deleted head repository as a fork', async () => {
    expect(await forkGuard(event('pull_request_review', prPayload(null)), options())).toEqual({ run: false, message: messages.forkSkipped('(deleted fork)') });
  });

  it('forkGuard runs a fork only with allow-fork-prs', async () => {
    for (const name of ['pull_request', 'pull_request_review', 'pull_request_review_comment', 'pull_request_target']) {
      expect(await forkGuard(event(name, prPayload('eve/r')), options({ allowForkPrs: true })), name).toEqual({ run: true });
    }
    expect(await forkGuard(event('workflow_run', workflowRunPayload('pull_request', 'eve/r')), options({ allowForkPrs: true }))).toEqual({ run: true });
  });

  it('forkGuard skips a pull request event without a pull request in its payload (treated as a fork)', async () => {
    expect(await forkGuard(event('pull_request_review', { repository: { full_name: BASE } }), options())).toMatchObject({ run: false });
  });

  it('forkGuard looks up the pull request of an issue_comment and runs it only from the base repository', async () => {
    const same = lookupTable({ 9: 'o/r' });
    expect(await forkGuard(event('issue_comment', commentPayload(true)), options({ lookupHeadRepo: same }))).toEqual({ run: true });
    expect(same.asked).toEqual([9]);
    expect(await forkGuard(event('issue_comment', commentPayload(true)), options({ lookupHeadRepo: lookupTable({ 9: 'eve/r' }) }))).toEqual({
      run: false,
      message: messages.forkSkipped('eve/r'),
    });
    expect(await forkGuard(event('issue_comment', commentPayload(true)), options({ lookupHeadRepo: lookupTable({ 9: null }) }))).toEqual({
      run: false,
      message: messages.forkSkipped('(deleted fork)'),
    });
  });

  it('forkGuard treats a failed issue_comment lookup as a fork, naming the failure', async () => {
    expect(await forkGuard(event('issue_comment', commentPayload(true)), options())).toEqual({
      run: false,
      message: messages.pullLookupFailed(9, 'HTTP 404: Not Found'),
    });
  });

  it('forkGuard refuses an issue_comment on an issue (not a pull request) without looking anything up', async () => {
    const lookup = lookupTable({ 9: 'o/r' });
    expect(await forkGuard(event('issue_comment', commentPayload(false)), options({ lookupHeadRepo: lookup }))).toEqual({
      run: false,
      message: messages.eventRefused('issue_comment', ALLOWED_EVENTS),
    });
    expect(lookup.asked).toEqual([]);
  });

  it.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])(
    'forkGuard compares a workflow_run of %s by its head repository',
    async (triggering) => {
      expect(await forkGuard(event('workflow_run', workflowRunPayload(triggering, 'eve/r')), options())).toEqual({ run: false, message: messages.forkSkipped('eve/r') });
      expect(await forkGuard(event('workflow_run', workflowRunPayload(triggering, 'o/r')), options())).toEqual({ run: true });
      expect(await forkGuard(event('workflow_run', workflowRunPayload(triggering, null)), options())).toEqual({ run: false, message: messages.forkSkipped('(deleted fork)') });
    },
  );

  it('forkGuard compares a workflow_run with pull requests by its head repository whatever its event', async () => {
    expect(await forkGuard(event('workflow_run', workflowRunPayload('push', 'eve/r', [{ number: 3 }])), options())).toMatchObject({ run: false });
  });

  it('forkGuard runs a workflow_run of a push only when its head repository is the base repository', async () => {
    expect(await forkGuard(event('workflow_run', workflowRunPayload('push', 'o/r')), options())).toEqual({ run: true });
    expect(await forkGuard(event('workflow_run', workflowRunPayload('push', 'eve/r')), options())).toMatchObject({ run: false });
  });

  it('forkGuard always runs merge_group (the merge queue builds the base repository)', async () => {
    expect(await forkGuard(event('merge_group', { merge_group: { head_sha: 'abc' }, repository: { full_name: BASE } }), options())).toEqual({ run: true });
  });

  it.each(['push', 'workflow_dispatch', 'schedule', 'release'])('forkGuard runs the listed event %s', async (name) => {
    expect(await forkGuard(event(name, { repository: { full_name: BASE } }), options())).toEqual({ run: true });
  });

  it.each(['issues', 'pull_request_review_thread', 'discussion_comment', 'fork', 'watch', 'repository_dispatch', 'check_run', ''])(
    'forkGuard refuses the unlisted event %j with one line naming it and the allowed ones, even with allow-fork-prs',
    async (name) => {
      const decision = await forkGuard(event(name, prPayload('o/r')), options({ allowForkPrs: true }));
      expect(decision).toEqual({ run: false, message: messages.eventRefused(name, ALLOWED_EVENTS) });
      if (!decision.run) expect(decision.message).not.toContain('\n');
    },
  );

  it('forkGuard compares repositories from GITHUB_REPOSITORY, falling back to the payload, and skips when neither is known', async () => {
    expect(await forkGuard(event('pull_request', prPayload('o/r'), null), options())).toEqual({ run: true });
    const noBase = { pull_request: { number: 5, head: { repo: { full_name: 'o/r' } }, base: { repo: null } } };
    expect(await forkGuard(event('pull_request', noBase, null), options())).toMatchObject({ run: false });
  });

  it('forkGuard does not apply outside Actions', async () => {
    expect(await forkGuard({ name: '', payload: {}, repository: null, insideActions: false }, options())).toEqual({ run: true });
  });
});

describe('messages of the fork guard', () => {
  it('eventRefused(name, allowed) is one line naming the event and every allowed one', () => {
    const line = messages.eventRefused('issues', ALLOWED_EVENTS);
    expect(line).not.toContain('\n');
    for (const name of ['issues', ...ALLOWED_EVENTS]) expect(line).toContain(name);
    expect(messages.eventRefused('', ALLOWED_EVENTS)).toContain('no GITHUB_EVENT_NAME');
  });
});
