import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestOf, readRunContext, trialEnvironment } from '../../src/action/context.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lr-sweep-ctx-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function contextFor(eventName: string, headRepo: string | null) {
  const path = join(dir, 'event.json');
  const pr = { number: 5, head: { repo: headRepo === null ? null : { full_name: headRepo } }, base: { repo: { full_name: 'o/r' } } };
  await writeFile(path, JSON.stringify({ pull_request: pr }));
  return readRunContext({ GITHUB_EVENT_PATH: path, GITHUB_EVENT_NAME: eventName, GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '77' });
}

describe('run context', () => {
  it('readRunContext(env) builds the run URL from the server, repository and run id', async () => {
    const context = await contextFor('push', 'o/r');
    expect(context.runUrl).toBe('https://github.com/o/r/actions/runs/77');
    expect(context.repository).toEqual({ owner: 'o', repo: 'r' });
    expect(context.apiUrl).toBe('https://api.github.com');
  });

  it('readRunContext(env) is inside Actions only when GITHUB_ACTIONS is "true"', () => {
    expect(readRunContext({ GITHUB_ACTIONS: 'true' }).insideActions).toBe(true);
    expect(readRunContext({ GITHUB_ACTIONS: '1' }).insideActions).toBe(false);
    expect(readRunContext({}).insideActions).toBe(false);
  });

  it('pullRequestOf(context) is null for other events', async () => {
    expect(pullRequestOf(await contextFor('push', 'o/r'))).toBeNull();
  });

  it('pullRequestOf tells a same-repository PR from a fork and a deleted fork', async () => {
    expect(pullRequestOf(await contextFor('pull_request', 'o/r'))).toEqual({ number: 5, fork: false, headRepo: 'o/r', readOnlyToken: false });
    expect(pullRequestOf(await contextFor('pull_request', 'eve/r'))).toEqual({ number: 5, fork: true, headRepo: 'eve/r', readOnlyToken: true });
    expect(pullRequestOf(await contextFor('pull_request', null))?.fork).toBe(true);
  });

  it('pullRequestOf marks pull_request_target from a fork as a fork whose token can write', async () => {
    expect(pullRequestOf(await contextFor('pull_request_target', 'eve/r'))).toMatchObject({ fork: true, readOnlyToken: false });
  });

  it('trialEnvironment(env) drops the action inputs (the token among them) and runtime tokens', () => {
    const env = trialEnvironment({ PATH: '/bin', 'INPUT_GITHUB-TOKEN': 'secret', ACTIONS_RUNTIME_TOKEN: 'r', CUDA_VISIBLE_DEVICES: '0' });
    expect(env).toEqual({ PATH: '/bin', CUDA_VISIBLE_DEVICES: '0' });
  });
});
