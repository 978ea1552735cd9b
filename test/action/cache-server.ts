/**
 * A fake GitHub Actions cache service (v2) on 127.0.0.1 for the real `@actions/cache`: the three Twirp JSON calls
 * (CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL, exact key first, then each restore key
 * as a prefix, newest first) and the blob store behind the signed URLs (one PUT per upload, GET to download).
 * Tests make a call fail and read what was stored.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One cache entry the service holds. */
export interface StoredEntry {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  archive: Buffer | null;
  finalized: boolean;
}

/** The running fake. */
export interface FakeCacheService {
  /** ACTIONS_RESULTS_URL for the client. */
  readonly url: string;
  readonly entries: StoredEntry[];
  /** Twirp method names that answer 400 (non-retryable) instead. */
  readonly failing: Set<string>;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

/** Starts the fake service on a free port of 127.0.0.1. */
export async function startCacheService(): Promise<FakeCacheService> {
  const entries: StoredEntry[] = [];
  const failing = new Set<string>();
  let base = '';
  const server = createServer((request, response) => {
    void (async () => {
      const path = (request.url ?? '').split('?')[0] ?? '';
      const body = await bodyOf(request);
      if (request.method === 'POST' && path.startsWith(SERVICE)) {
        const method = path.slice(SERVICE.length);
        if (failing.has(method)) return json(response, 400, { code: 'invalid_argument', msg: `${method} refused by the test` });
        const input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        const version = String(input['version']);
        if (method === 'CreateCacheEntry') {
          const key = String(input['key']);
          if (entries.some((e) => e.key === key && e.version === version)) return json(response, 200, { ok: false, message: 'entry already exists' });
          const entry: StoredEntry = { id: entries.length + 1, key, version, archive: null, finalized: false };
          entries.push(entry);
          return json(response, 200, { ok: true, signedUploadUrl: `${base}/account/container/${entry.id}?sig=upload` });
        }
        if (method === 'FinalizeCacheEntryUpload') {
          const entry = entries.find((e) => e.key === input['key'] && e.version === version && e.archive !== null);
          if (!entry) return json(response, 200, { ok: false, message: 'nothing uploaded' });
          entry.finalized = true;
          return json(response, 200, { ok: true, entryId: String(entry.id) });
        }
        if (method === 'GetCacheEntryDownloadURL') {
          const ready = entries.filter((e) => e.finalized && e.version === version).reverse();
          const restoreKeys = (input['restoreKeys'] ?? input['restore_keys'] ?? []) as string[];
          const match =
            ready.find((e) => e.key === input['key']) ?? restoreKeys.map((prefix) => ready.find((e) => e.key.startsWith(prefix))).find((e) => e !== undefined);
          if (!match) return json(response, 200, { ok: false });
          return json(response, 200, { ok: true, signedDownloadUrl: `${base}/account/container/${match.id}?sig=download`, matchedKey: match.key });
        }
        return json(response, 404, { code: 'bad_route', msg: method });
      }
      const id = Number(/^\/account\/container\/(\d+)$/.exec(path)?.[1]);
      const entry = entries.find((e) => e.id === id);
      if (entry && request.method === 'PUT') {
        entry.archive = body;
        return response.writeHead(201, { etag: `"${id}"`, 'last-modified': new Date().toUTCString(), 'content-length': '0' }).end();
      }
      if (entry?.archive && request.method === 'GET') {
        return response.writeHead(200, { 'content-length': String(entry.archive.length), 'content-type': 'application/octet-stream' }).end(entry.archive);
      }
      response.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: `${base}/`, entries, failing, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
