/**
 * The sticky PR comment: one comment per key, found by a hidden marker among ALL the PR's comments
 * and accepted only when the token's own user wrote it (so nobody can hijack it by pasting the
 * marker), updated on later runs. API failures come back as a warning, never as a thrown error.
 */
import type { getOctokit } from '@actions/github';
import { ACTIONS_BOT_LOGIN, COMMENT_LIMIT } from './constants.js';
import { commentFailed, commentRecreated, commentTruncated, ownLoginFallback } from './messages.js';

/** An authenticated Octokit, as `@actions/github`'s `getOctokit` returns it. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** Where the comment goes. */
export interface CommentTarget {
  readonly owner: string;
  readonly repo: string;
  /** The pull request's number. */
  readonly issueNumber: number;
}

/** Options for {@link upsertComment}. */
export interface UpsertCommentOptions {
  /** Identifies this comment among lr-sweep's comments on the PR (e.g. job and artifact name). */
  readonly key: string;
  /** The comment's Markdown, without the marker ({@link commentBody} adds it). */
  readonly body: string;
  /** Wait before the single retry of a 5xx or network error, milliseconds. Default 1000. */
  readonly retryDelayMs?: number;
}

/** What {@link upsertComment} did. */
export type CommentResult =
  | { readonly status: 'created' | 'updated'; readonly url: string; readonly id: number; readonly notes: readonly string[] }
  | { readonly status: 'failed'; readonly warning: string; readonly notes: readonly string[] };

/** The hidden marker for a key: `<!-- lr-sweep:<key> -->`, the key reduced to safe characters. */
export function commentMarker(key: string): string {
  return `<!-- lr-sweep:${key.replace(/[^A-Za-z0-9._/-]/g, '_')} -->`;
}

/**
 * Characters left for the Markdown in a comment with this key: GitHub's limit minus the marker line.
 * Render the report with this as `maxChars` (the renderer then cuts only its trial table).
 */
export function commentBudget(key: string): number {
  return COMMENT_LIMIT - commentMarker(key).length - 1;
}

/**
 * The full comment: the marker line, then the Markdown. Markdown rendered within
 * {@link commentBudget} is used as is; anything longer (a fallback only) is cut at a line boundary
 * with a note, and a Mermaid/code fence or `<details>` left open by the cut is closed, so the rest
 * of the comment still renders.
 */
export function commentBody(key: string, markdown: string, artifactUrl: string | null = null): string {
  const head = `${commentMarker(key)}\n`;
  if (head.length + markdown.length <= COMMENT_LIMIT) return head + markdown;
  const note = commentTruncated(artifactUrl);
  return head + cutMarkdown(markdown, COMMENT_LIMIT - head.length - note.length) + note;
}

/** Room kept for the closing fence and tags a cut may need. */
const CLOSERS_RESERVE = 200;

/** `markdown` cut to at most `max` characters at a line end, with open fences and `<details>` closed. */
function cutMarkdown(markdown: string, max: number): string {
  const slice = markdown.slice(0, Math.max(0, max - CLOSERS_RESERVE));
  const cut = slice.slice(0, slice.lastIndexOf('\n') + 1);
  let fenceOpen = false;
  let detailsOpen = 0;
  for (const line of cut.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenceOpen = !fenceOpen;
    if (fenceOpen) continue;
    detailsOpen += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
  }
  return cut + (fenceOpen ? '```\n' : '') + '\n</details>\n'.repeat(Math.max(0, detailsOpen));
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Runs `call`, retrying once after `delayMs` when it fails with a 5xx or a network error. */
async function retryOnce<T>(call: () => Promise<T>, delayMs: number): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = statusOf(error);
    if (status !== undefined && status < 500) throw error;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return call();
  }
}

/**
 * The login of the token's own user, as the REST API spells it on comments. GET /user answers for
 * personal and user tokens; installation tokens (the GITHUB_TOKEN, GitHub Apps) get 403 there, so
 * the GraphQL `viewer` is asked next (bots come back as `slug[bot]`); failing both, the
 * GITHUB_TOKEN's bot `github-actions[bot]` is assumed.
 */
export async function ownLogin(client: GitHubClient, retryDelayMs = 1000): Promise<{ login: string; notes: string[] }> {
  try {
    const { data } = await retryOnce(() => client.rest.users.getAuthenticated(), retryDelayMs);
    return { login: data.login, notes: [] };
  } catch {
    // Installation tokens cannot read /user; fall through to GraphQL.
  }
  try {
    const data = await retryOnce(() => client.graphql<{ viewer: { login: string } }>('query { viewer { login } }'), retryDelayMs);
    const login = data.viewer.login;
    return { login: login.endsWith('[bot]') ? login : `${login}[bot]`, notes: [] };
  } catch {
    return { login: ACTIONS_BOT_LOGIN, notes: [ownLoginFallback(ACTIONS_BOT_LOGIN)] };
  }
}

/** Finds lr-sweep's own comment with this marker, paging through every comment on the PR. */
async function findOwnComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  login: string,
): Promise<{ id: number; html_url: string } | null> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const { data } of pages) {
    const found = data.find((c) => c.user?.login.toLowerCase() === login.toLowerCase() && (c.body ?? '').includes(marker));
    if (found) return { id: found.id, html_url: found.html_url };
  }
  return null;
}

/**
 * Creates the sticky comment, or updates lr-sweep's earlier one with the same key. Never throws:
 * 403, 404, 422, network errors and 5xx (after one retry) come back as `status: 'failed'` with a
 * warning that names the status, never the token.
 */
export async function upsertComment(client: GitHubClient, target: CommentTarget, options: UpsertCommentOptions): Promise<CommentResult> {
  const delay = options.retryDelayMs ?? 1000;
  const marker = commentMarker(options.key);
  const body = options.body.includes(marker) ? options.body : `${marker}\n${options.body}`;
  const notes: string[] = [];
  try {
    const me = await ownLogin(client, delay);
    notes.push(...me.notes);
    const existing = await retryOnce(() => findOwnComment(client, target, marker, me.login), delay);
    if (existing !== null) {
      try {
        const { data } = await retryOnce(
          () => client.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body }),
          delay,
        );
        return { status: 'updated', url: data.html_url, id: data.id, notes };
      } catch (error) {
        // Deleted between the listing and the update: post a new one instead of leaving the PR without a report.
        if (statusOf(error) !== 404) throw error;
        notes.push(commentRecreated());
      }
    }
    const { data } = await retryOnce(
      () => client.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body }),
      delay,
    );
    return { status: 'created', url: data.html_url, id: data.id, notes };
  } catch (error) {
    const detail = ((error as Error | null)?.message ?? String(error)).split('\n')[0] ?? '';
    return { status: 'failed', warning: commentFailed(statusOf(error), detail), notes };
  }
}
