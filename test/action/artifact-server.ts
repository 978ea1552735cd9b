/**
 * A fake Actions results service on 127.0.0.1 for `@actions/artifact` v6: the Twirp JSON calls
 * `CreateArtifact` and `FinalizeArtifact` under ACTIONS_RESULTS_URL, and the Azure block-blob upload
 * (stage blocks, commit the block list) to the signed URL CreateArtifact returns; for downloads,
 * `ListArtifacts` (the workflow run's finalized artifacts, by run backend id, optionally one id or name),
 * `GetSignedArtifactURL` and a GET of the blob (the zip as uploaded). It can succeed,
 * answer a 5xx, or refuse for quota, and records what it saw. Point the action at it with
 * {@link FakeArtifactService.env}.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the service answers `CreateArtifact`. */
export type ArtifactMode =
  /** Create, accept the blob, finalize with the next artifact id. */
  | { readonly kind: 'ok' }
  /** Answer this HTTP status (5xx) to CreateArtifact. The client retries 500/502/503/504/429 for about 25 s; 501 fails at once. */
  | { readonly kind: 'error'; readonly status: number }
  /** Refuse with the storage-quota message (`insufficient usage`), which the client does not retry. */
  | { readonly kind: 'quota' };

/** An artifact the service finalized. */
export interface FakeArtifact {
  readonly id: number;
  readonly name: string;
  /** Bytes committed to the blob (the zip). */
  readonly size: number;
  /** The zip as uploaded. */
  readonly bytes: Buffer;
  /** workflowRunBackendId and workflowJobRunBackendId the client sent (from the runtime token). */
  readonly runBackendId: string;
  readonly jobBackendId: string;
}

/** A request the service saw. */
export interface ArtifactRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
}

/** Options for {@link startArtifactService}. */
export interface ArtifactServiceOptions {
  /** The answer to CreateArtifact; change it later through `mode`. Default { kind: 'ok' }. */
  readonly mode?: ArtifactMode;
  /** First artifact id handed out. Default 9001. */
  readonly firstId?: number;
}

/** The running fake. */
export interface FakeArtifactService {
  /** ACTIONS_RESULTS_URL. */
  readonly url: string;
  /** How CreateArtifact answers now. */
  mode: ArtifactMode;
  readonly artifacts: FakeArtifact[];
  readonly requests: ArtifactRequest[];
  /**
   * Environment the artifact client needs: ACTIONS_RESULTS_URL, an ACTIONS_RUNTIME_TOKEN (an unsigned
   * JWT whose scope carries the backend ids) and a GITHUB_SERVER_URL the client does not take for GHES.
   */
  env(runBackendId?: string, jobBackendId?: string): Record<string, string>;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** The message @actions/artifact recognises as a quota refusal (`UsageError.isUsageErrorMessage`). */
export const QUOTA_MESSAGE = 'insufficient usage to create artifact: storage quota has been hit';

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Starts the fake on an ephemeral port of 127.0.0.1. */
export async function startArtifactService(options: ArtifactServiceOptions = {}): Promise<FakeArtifactService> {
  const artifacts: FakeArtifact[] = [];
  const requests: ArtifactRequest[] = [];
  let nextId = options.firstId ?? 9001;
  let baseUrl = '';
  /** Blobs being uploaded: blob path -> staged blocks and the committed content. */
  const blobs = new Map<string, { blocks: Map<string, Buffer>; content: Buffer | null }>();
  /** Created, not yet finalized: artifact name -> blob path and backend ids. */
  const pending = new Map<string, { blob: string; runBackendId: string; jobBackendId: string }>();

  const service: FakeArtifactService = {
    url: '',
    mode: options.mode ?? { kind: 'ok' },
    artifacts,
    requests,
    env: (runBackendId = 'run-backend-1', jobBackendId = 'job-backend-1') => ({
      ACTIONS_RESULTS_URL: `${baseUrl}/`,
      ACTIONS_RUNTIME_TOKEN: `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ scp: `Actions.GenericRead Actions.Results:${runBackendId}:${jobBackendId}` })}.`,
      GITHUB_SERVER_URL: 'https://github.localhost',
    }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    requests.push({ method, path: url.pathname + url.search, authorization: req.headers.authorization });
    if (method === 'POST' && url.pathname === `${SERVICE}CreateArtifact`) {
      const mode = service.mode;
      if (mode.kind === 'error') return json(res, mode.status, { code: 'internal', msg: `injected ${mode.status}` });
      if (mode.kind === 'quota') return json(res, 403, { code: 'resource_exhausted', msg: QUOTA_MESSAGE });
      // protobuf-ts writes proto field names (workflow_run_backend_id); accept the JSON names too.
      const request = JSON.parse(body.toString('utf8')) as Record<string, string | undefined> & { name: string };
      const runBackendId = request['workflow_run_backend_id'] ?? request['workflowRunBackendId'] ?? '';
      const jobBackendId = request['workflow_job_run_backend_id'] ?? request['workflowJobRunBackendId'] ?? '';
      const blob = `/devstoreaccount1/artifacts/${encodeURIComponent(request.name)}-${nextId}.zip`;
      blobs.set(blob, { blocks: new Map(), content: null });
      pending.set(request.name, { blob, runBackendId, jobBackendId });
      return json(res, 200, { ok: true, signedUploadUrl: `${baseUrl}${blob}?sv=2024-01-01&sig=fake` });
    }
    if (method === 'POST' && url.pathname === `${SERVICE}FinalizeArtifact`) {
      const request = JSON.parse(body.toString('utf8')) as { name: string; size: string };
      const created = pending.get(request.name);
      const content = created === undefined ? null : (blobs.get(created.blob)?.content ?? null);
      if (created === undefined || content === null) return json(res, 400, { code: 'invalid_argument', msg: `no uploaded blob for ${request.name}` });
      pending.delete(request.name);
      const id = nextId++;
      artifacts.push({ id, name: request.name, size: Number(request.size), bytes: content, runBackendId: created.runBackendId, jobBackendId: created.jobBackendId });
      return json(res, 200, { ok: true, artifactId: String(id) });
    }
    if (method === 'POST' && url.pathname === `${SERVICE}ListArtifacts`) {
      const request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      const runBackendId = request['workflow_run_backend_id'] ?? request['workflowRunBackendId'];
      const idFilter = (request['id_filter'] ?? request['idFilter']) as string | { value?: string } | undefined;
      const nameFilter = (request['name_filter'] ?? request['nameFilter']) as string | { value?: string } | undefined;
      const value = (filter: typeof idFilter): string | undefined => (typeof filter === 'object' ? filter?.value : filter);
      const listed = artifacts.filter(
        (a) => a.runBackendId === runBackendId && (value(idFilter) === undefined || String(a.id) === value(idFilter)) && (value(nameFilter) === undefined || a.name === value(nameFilter)),
      );
      return json(res, 200, {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: new Date(0).toISOString(),
        })),
      });
    }
    if (method === 'POST' && url.pathname === `${SERVICE}GetSignedArtifactURL`) {
      const request = JSON.parse(body.toString('utf8')) as Record<string, string | undefined> & { name: string };
      const runBackendId = request['workflow_run_backend_id'] ?? request['workflowRunBackendId'];
      const artifact = artifacts.find((a) => a.name === request.name && a.runBackendId === runBackendId);
      if (artifact === undefined) return json(res, 404, { code: 'not_found', msg: `no artifact ${request.name}` });
      return json(res, 200, { signed_url: `${baseUrl}/download/${artifact.id}.zip?sig=fake` });
    }
    const download = /^\/download\/(\d+)\.zip$/.exec(url.pathname);
    if (method === 'GET' && download !== null) {
      const artifact = artifacts.find((a) => String(a.id) === download[1]);
      if (artifact === undefined) return json(res, 404, { code: 'not_found', msg: 'no such blob' });
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.bytes.length) });
      res.end(artifact.bytes);
      return;
    }
    const blob = blobs.get(url.pathname);
    if (method === 'PUT' && blob !== undefined) {
      const comp = url.searchParams.get('comp');
      const headers = { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true', 'x-ms-version': '2024-01-01' };
      if (comp === 'block') {
        blob.blocks.set(url.searchParams.get('blockid') ?? '', body);
      } else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1] ?? '');
        blob.content = Buffer.concat(ids.map((id) => blob.blocks.get(id) ?? Buffer.alloc(0)));
      } else {
        blob.content = body;
      }
      res.writeHead(201, headers);
      res.end();
      return;
    }
    json(res, 404, { code: 'not_found', msg: `no route for ${method} ${url.pathname}` });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => json(res, 500, { code: 'internal', msg: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(service, { url: baseUrl });
  return service;
}
