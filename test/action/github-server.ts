/**
 * A real HTTP server on 127.0.0.1 answering the GitHub REST (and GraphQL viewer) calls the action
 * makes: GET /user, POST /graphql, list issue comments (paginated with Link headers), create and
 * update comments, get a pull request (its head repository). Tests inject failures per route and read back what was requested.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stored issue comment, as the REST API returns it (the fields the action reads). */
export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  issue_number: number;
}

/** A request the server saw. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: string;
}

/** A route that should fail: method + path pattern, HTTP status, how many times (default always). */
export interface Failure {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  times?: number;
}

/** Options for {@link startGitHubServer}. */
export interface FakeGitHubOptions {
  /** Login GET /user answers with; null makes GET /user answer 403 like an installation token. Default 'lr-bot'. */
  readonly userLogin?: string | null;
  /** Login the GraphQL viewer answers with; null makes /graphql fail. Default 'github-actions[bot]'. */
  readonly viewerLogin?: string | null;
  /** Comments per page when the client does not ask. GitHub's default is 30. */
  readonly defaultPerPage?: number;
}

/** The running fake. */
export interface FakeGitHub {
  readonly url: string;
  readonly comments: FakeComment[];
  readonly requests: SeenRequest[];
  readonly failures: Failure[];
  /** Pull requests GET /repos/{o}/{r}/pulls/{n} knows: number -> head repository owner/name (null: deleted fork). Others answer 404. */
  readonly pulls: Map<number, string | null>;
  /** Adds a comment as `login` to PR `issue`; returns it. */
  addComment(issue: number, login: string, body: string): FakeComment;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(data));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the fake on an ephemeral port of 127.0.0.1. */
export async function startGitHubServer(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const comments: FakeComment[] = [];
  const requests: SeenRequest[] = [];
  const failures: Failure[] = [];
  const pulls = new Map<number, string | null>();
  let nextId = 1000;
  let baseUrl = '';
  const userLogin = options.userLogin === undefined ? 'lr-bot' : options.userLogin;
  const viewerLogin = options.viewerLogin === undefined ? 'github-actions[bot]' : options.viewerLogin;

  const addComment = (issue: number, login: string, body: string): FakeComment => {
    const id = nextId++;
    const comment = {
      id,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.example/o/r/pull/${issue}#issuecomment-${id}`,
      issue_number: issue,
    };
    comments.push(comment);
    return comment;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    requests.push({ method, path: url.pathname + url.search, authorization: req.headers.authorization, body });
    const failure = failures.find((f) => f.method === method && f.path.test(url.pathname) && (f.times === undefined || f.times > 0));
    if (failure) {
      if (failure.times !== undefined) failure.times -= 1;
      send(res, failure.status, { message: `injected ${failure.status}`, documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    const me = (): string | null => (req.headers.authorization === 'token app-token' ? 'github-actions[bot]' : userLogin);
    if (method === 'GET' && url.pathname === '/user') {
      const login = me();
      if (login === null || req.headers.authorization === 'token app-token') {
        send(res, 403, { message: 'Resource not accessible by integration' });
        return;
      }
      send(res, 200, { login, id: 1, type: 'User' });
      return;
    }
    if (method === 'POST' && url.pathname === '/graphql') {
      if (viewerLogin === null) send(res, 403, { message: 'Resource not accessible by integration' });
      else send(res, 200, { data: { viewer: { login: viewerLogin } } });
      return;
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list && method === 'GET') {
      const issue = Number(list[3]);
      const perPage = Number(url.searchParams.get('per_page') ?? options.defaultPerPage ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = comments.filter((c) => c.issue_number === issue);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string): string => {
        const next = new URL(url.toString());
        next.searchParams.set('page', String(p));
        next.searchParams.set('per_page', String(perPage));
        return `<${next.toString()}>; rel="${rel}"`;
      };
      const links = [];
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
      send(res, 200, all.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {});
      return;
    }
    if (list && method === 'POST') {
      const login = me() ?? 'github-actions[bot]';
      const comment = addComment(Number(list[3]), login, (JSON.parse(body) as { body: string }).body);
      send(res, 201, comment);
      return;
    }
    const pull = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(url.pathname);
    if (pull && method === 'GET') {
      const number = Number(pull[3]);
      if (!pulls.has(number)) {
        send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        return;
      }
      const head = pulls.get(number) ?? null;
      const base = { full_name: `${pull[1]}/${pull[2]}` };
      send(res, 200, { number, state: 'open', head: { ref: 'topic', repo: head === null ? null : { full_name: head } }, base: { ref: 'main', repo: base } });
      return;
    }
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (one && method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(one[3]));
      if (comment === undefined) {
        send(res, 404, { message: 'Not Found' });
        return;
      }
      comment.body = (JSON.parse(body) as { body: string }).body;
      send(res, 200, comment);
      return;
    }
    send(res, 404, { message: `no route for ${method} ${url.pathname}` });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    comments,
    requests,
    failures,
    pulls,
    addComment,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
