import { getOctokit } from '@actions/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentBody, commentBudget, commentMarker, ownLogin, upsertComment } from '../../src/action/comment.js';
import { COMMENT_LIMIT } from '../../src/action/constants.js';
import { commentFailed, commentRecreated, commentTruncated, ownLoginFallback } from '../../src/action/messages.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { SweepResult } from '../../src/search/types.js';
import { syntheticAnalysis, syntheticTrials, sweepResult } from '../report/synthetic.js';
import { startGitHubServer, type FakeGitHub } from './github-server.js';

const samples = syntheticTrials();
const analysis = syntheticAnalysis(samples);

/** A result with 3,000 trials: its trial table alone (~40 characters a row) is far over the comment limit. */
function bigResult(): SweepResult {
  const many = Array.from({ length: 3000 }, (_, i) => ({ lr: 10 ** (-6 + i / 1000), loss: 1 + i / 1e4, diverged: false, round: 1 }));
  return { ...sweepResult(samples, analysis), samples: many, trials: many.length };
}

const target = { owner: 'o', repo: 'r', issueNumber: 7 };
const TOKEN = 'ghp_secret-token-value';

describe('sticky comment against a local GitHub', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startGitHubServer();
  });
  afterEach(async () => {
    await gh.close();
  });
  const client = (token = TOKEN) => getOctokit(token, { baseUrl: gh.url });

  it('upsertComment(client, target) creates one comment with the marker, then updates it', async () => {
    const first = await upsertComment(client(), target, { key: 'job/report', body: 'first' });
    expect(first.status).toBe('created');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.body).toBe(`${commentMarker('job/report')}\nfirst`);

    const second = await upsertComment(client(), target, { key: 'job/report', body: 'second' });
    expect(second.status).toBe('updated');
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.body).toContain('second');
    expect(second.status === 'updated' && second.url).toBe(gh.comments[0]?.html_url);
  });

  it('upsertComment finds its comment past the first page (pages through all comments)', async () => {
    for (let i = 0; i < 230; i++) gh.addComment(7, `user${i % 5}`, `chatter ${i}`);
    const own = gh.addComment(7, 'lr-bot', `${commentMarker('k')}\nold`);
    const result = await upsertComment(client(), target, { key: 'k', body: 'new' });
    expect(result.status).toBe('updated');
    expect(own.body).toContain('new');
    // 231 comments at 100 per page: pages 1, 2 and 3 were read.
    const listed = gh.requests.filter((r) => r.method === 'GET' && r.path.includes('/issues/7/comments'));
    expect(listed).toHaveLength(3);
  });

  it('upsertComment never touches a comment with the marker written by another user', async () => {
    const foreign = gh.addComment(7, 'mallory', `${commentMarker('k')}\nplease overwrite me`);
    const result = await upsertComment(client(), target, { key: 'k', body: 'report' });
    expect(result.status).toBe('created');
    expect(foreign.body).toBe(`${commentMarker('k')}\nplease overwrite me`);
    expect(gh.comments).toHaveLength(2);
    expect(gh.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('upsertComment keeps comments with different keys apart', async () => {
    await upsertComment(client(), target, { key: 'a', body: 'A' });
    await upsertComment(client(), target, { key: 'b', body: 'B' });
    expect(gh.comments).toHaveLength(2);
  });

  it('ownLogin falls back to the GraphQL viewer for installation tokens (GET /user is 403)', async () => {
    const fake = await startGitHubServer({ userLogin: null, viewerLogin: 'github-actions[bot]' });
    try {
      const me = await ownLogin(getOctokit('app-token', { baseUrl: fake.url }), 1);
      expect(me).toEqual({ login: 'github-actions[bot]', notes: [] });
    } finally {
      await fake.close();
    }
  });

  it('ownLogin adds [bot] when the GraphQL viewer spells a bot without it', async () => {
    const fake = await startGitHubServer({ userLogin: null, viewerLogin: 'my-app' });
    try {
      expect((await ownLogin(getOctokit('app-token', { baseUrl: fake.url }), 1)).login).toBe('my-app[bot]');
    } finally {
      await fake.close();
    }
  });

  it('ownLogin assumes github-actions[bot] when neither /user nor GraphQL answers', async () => {
    const fake = await startGitHubServer({ userLogin: null, viewerLogin: null });
    try {
      const me = await ownLogin(getOctokit('app-token', { baseUrl: fake.url }), 1);
      expect(me).toEqual({ login: 'github-actions[bot]', notes: [ownLoginFallback('github-actions[bot]')] });
    } finally {
      await fake.close();
    }
  });

  it('upsertComment with the GITHUB_TOKEN updates the bot comment, not a pasted copy by a user', async () => {
    const fake = await startGitHubServer({ userLogin: null });
    try {
      const pasted = fake.addComment(7, 'mallory', `${commentMarker('k')}\nfake`);
      const bot = fake.addComment(7, 'github-actions[bot]', `${commentMarker('k')}\nold`);
      const result = await upsertComment(getOctokit('app-token', { baseUrl: fake.url }), target, { key: 'k', body: 'new', retryDelayMs: 1 });
      expect(result.status).toBe('updated');
      expect(bot.body).toContain('new');
      expect(pasted.body).toContain('fake');
    } finally {
      await fake.close();
    }
  });

  it.each([403, 404, 422])('upsertComment turns HTTP %i on create into a warning', async (status) => {
    gh.failures.push({ method: 'POST', path: /\/comments$/, status });
    const result = await upsertComment(client(), target, { key: 'k', body: 'x', retryDelayMs: 1 });
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.warning).toBe(commentFailed(status, `injected ${status} - https://docs.github.com/rest`));
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('upsertComment creates a new comment when its earlier one was deleted meanwhile (PATCH 404)', async () => {
    await upsertComment(client(), target, { key: 'k', body: 'first', retryDelayMs: 1 });
    gh.failures.push({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 404, times: 1 });
    const result = await upsertComment(client(), target, { key: 'k', body: 'second', retryDelayMs: 1 });
    expect(result).toMatchObject({ status: 'created', notes: [commentRecreated()] });
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(2);
    expect(gh.comments.at(-1)?.body).toBe(`${commentMarker('k')}\nsecond`);
  });

  it('upsertComment retries a 5xx once and succeeds', async () => {
    gh.failures.push({ method: 'POST', path: /\/comments$/, status: 502, times: 1 });
    const result = await upsertComment(client(), target, { key: 'k', body: 'x', retryDelayMs: 1 });
    expect(result.status).toBe('created');
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('upsertComment gives up after one retry of a 5xx, with a warning', async () => {
    gh.failures.push({ method: 'GET', path: /\/comments$/, status: 503 });
    const result = await upsertComment(client(), target, { key: 'k', body: 'x', retryDelayMs: 1 });
    expect(result.status === 'failed' && result.warning).toBe(commentFailed(503, 'injected 503 - https://docs.github.com/rest'));
    expect(gh.requests.filter((r) => r.method === 'GET' && r.path.includes('/comments'))).toHaveLength(2);
  });

  it('upsertComment warns, without throwing, when the server is unreachable', async () => {
    const dead = getOctokit(TOKEN, { baseUrl: 'http://127.0.0.1:1' });
    const result = await upsertComment(dead, target, { key: 'k', body: 'x', retryDelayMs: 1 });
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.warning).not.toContain(TOKEN);
  });

  it('upsertComment sends the token only as the Authorization header and never in a warning', async () => {
    gh.failures.push({ method: 'POST', path: /\/comments$/, status: 403 });
    const result = await upsertComment(client(), target, { key: 'k', body: 'x', retryDelayMs: 1 });
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });
});

describe('commentBody', () => {
  it('commentBody(key, markdown) starts with the hidden marker', () => {
    expect(commentBody('job/name', '# hi')).toBe('<!-- lr-sweep:job/name -->\n# hi');
  });

  it('commentMarker reduces the key to safe characters so it cannot close the HTML comment', () => {
    expect(commentMarker('a --> b')).toBe('<!-- lr-sweep:a_--__b -->');
  });

  it('commentBody(key, markdown) keeps a report rendered within commentBudget(key) whole, at most the limit', () => {
    const markdown = renderMarkdown(bigResult(), { analysis, maxChars: commentBudget('job/name') });
    const body = commentBody('job/name', markdown, 'https://a/b');
    expect(body).toBe(`${commentMarker('job/name')}\n${markdown}`);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });

  it('commentBody cuts an oversized report at a line end and closes an open fence and <details>, with the note last', () => {
    // The cut lands inside the mermaid fence, which sits inside a <details>.
    const markdown = `# r\n<details>\n\n\`\`\`mermaid\n${'x\n'.repeat(COMMENT_LIMIT)}\`\`\`\n</details>\n`;
    const body = commentBody('k', markdown, 'https://a/b');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(commentMarker('k'))).toBe(true);
    expect(body.endsWith(`\`\`\`\n\n</details>\n${commentTruncated('https://a/b')}`)).toBe(true);
    const fences = body.split('\n').filter((line) => line.startsWith('```')).length;
    expect(fences % 2).toBe(0);
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
  });
});
