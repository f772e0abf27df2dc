import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The page cache: rendered portal pages for anonymous visitors, kept compressed in memory so a
 * popular page costs neither a database round trip, nor rendering, nor compression.
 *
 * What is cached: a GET answered 200 with text/html, no Set-Cookie and the default `no-store` of
 * sendPage, for a request of a Comune that carries no cookie but the language choice (`lang`) and
 * the CSRF secret (`_csrf`) — so never a logged-in citizen's or staff member's request — outside the
 * back office, the personal area and the login flows.
 * The key: Comune, scheme and host, path and query, locale, content encoding (br | gzip | identity).
 * Freshness: every audited change (platform/audit) calls `pagesChanged(tenantId)`, which makes every
 * entry of that Comune stale at once in this process; entries also expire after `ttlMs`, which bounds
 * staleness for what no audit announces here (another web node's edits, a scheduled publication
 * coming due). See docs/ARCHITECTURE.md, "Page cache".
 */

export interface PageCacheOptions {
  /** Lifetime of an entry; 0 turns the cache off. */
  ttlMs: number;
  /** Memory bound: the least recently used entries are evicted beyond it. */
  maxBytes: number;
}

interface Entry {
  tenantId: string;
  version: number;
  expiresAt: number;
  body: Buffer;
  encoding: Encoding;
  contentType: string;
  etag: string;
}

type Encoding = 'br' | 'gzip' | 'identity';

/** Paths whose pages depend on who asks, or that belong to a login flow. */
const NEVER_CACHED = ['/backoffice', '/area-personale', '/auth', '/api', '/open311', '/static'];
/** Cookies that do not make a request personal: the language choice and the CSRF secret. */
const NEUTRAL_COOKIES = new Set(['lang', '_csrf']);
/** Longer URLs are answered but not stored (no cache filling with junk query strings). */
const MAX_URL = 512;
/** After a change, nothing is stored for this long: a render may have read the data just before the
 * change's transaction committed (the audit row is written, and the version bumped, before commit). */
const SETTLE_MS = 1000;

/** Per Comune: a counter bumped by every content change in this process, and when it last moved. */
const versions = new Map<string, { version: number; changedAt: number }>();

function versionOf(tenantId: string): { version: number; changedAt: number } {
  return versions.get(tenantId) ?? { version: 0, changedAt: 0 };
}

/** The Comune's content changed: its cached pages are stale from now on, in this process. */
export function pagesChanged(tenantId: string): void {
  const current = versionOf(tenantId);
  versions.set(tenantId, { version: current.version + 1, changedAt: Date.now() });
}

/** The encoding this cache answers with for an Accept-Encoding header (brotli first). */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  const accepted = new Set<string>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

/** A bounded LRU of compressed pages (a Map keeps insertion order: the first key is the oldest). */
export class PageCache {
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly options: PageCacheOptions) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string, now = Date.now()): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now || entry.version !== versionOf(entry.tenantId).version) {
      this.#delete(key, entry);
      return undefined;
    }
    // Most recently used goes last.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: Entry): void {
    const size = entry.body.length + key.length;
    if (size > this.options.maxBytes / 8) return;
    const previous = this.#entries.get(key);
    if (previous) this.#delete(key, previous);
    this.#entries.set(key, entry);
    this.#bytes += size;
    for (const [oldest, old] of this.#entries) {
      if (this.#bytes <= this.options.maxBytes) break;
      this.#delete(oldest, old);
    }
  }

  #delete(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.body.length + key.length;
  }
}

interface Candidate {
  key: string;
  tenantId: string;
  version: number;
}

const candidates = new WeakMap<FastifyRequest, Candidate>();

function cacheable(request: FastifyRequest): boolean {
  if (request.method !== 'GET' || !request.tenant) return false;
  if (request.routeOptions.config?.pageCache === false) return false;
  if (request.url.length > MAX_URL || request.headers.authorization) return false;
  // htmx asks for fragments of the same URL: never mix them with whole pages.
  if (request.headers['hx-request']) return false;
  const path = request.url.split('?')[0] ?? '/';
  if (NEVER_CACHED.some((p) => path === p || path.startsWith(`${p}/`))) return false;
  for (const name of Object.keys(request.cookies ?? {})) if (!NEUTRAL_COOKIES.has(name)) return false;
  return true;
}

function matches(request: FastifyRequest, etag: string): boolean {
  const given = request.headers['if-none-match'];
  if (!given) return false;
  return given
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .includes(etag.replace(/^W\//, ''));
}

function setHeaders(reply: FastifyReply, entry: Pick<Entry, 'contentType' | 'encoding' | 'etag'>): void {
  reply
    .type(entry.contentType)
    .header('cache-control', 'no-cache')
    .header('etag', entry.etag)
    .header('vary', 'accept-encoding');
  if (entry.encoding !== 'identity') reply.header('content-encoding', entry.encoding);
}

function compress(html: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'br')
    return brotliCompressSync(html, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 6,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: html.length,
      },
    });
  if (encoding === 'gzip') return gzipSync(html, { level: 6 });
  return html;
}

/**
 * Adds the page cache to the server. Call after the tenancy hook (the key needs the Comune): hits are
 * answered in onRequest; misses are stored in onSend, before @fastify/compress (a route-level hook,
 * which leaves an already encoded payload alone).
 */
export function registerPageCache(app: FastifyInstance, cache: PageCache): void {
  if (cache.options.ttlMs <= 0) return;

  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request)) return;
    const tenantId = request.tenant!.id;
    const encoding = negotiateEncoding(request.headers['accept-encoding'] as string | undefined);
    // The scheme too: absolute links (JSON-LD serviceUrl) differ between http and https.
    const key = `${tenantId}\n${request.protocol}://${request.host.toLowerCase()}\n${request.url}\n${request.locale}\n${encoding}`;
    const entry = cache.get(key);
    if (entry) {
      cache.hits++;
      setHeaders(reply, entry);
      reply.header('x-page-cache', 'hit');
      if (matches(request, entry.etag)) return reply.code(304).send();
      return reply.send(entry.body);
    }
    cache.misses++;
    candidates.set(request, { key, tenantId, version: versionOf(tenantId).version });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const candidate = candidates.get(request);
    if (!candidate || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const contentType = String(reply.getHeader('content-type') ?? '');
    const cacheControl = reply.getHeader('cache-control');
    if (!contentType.startsWith('text/html') || reply.getHeader('set-cookie')) return payload;
    if (cacheControl !== undefined && cacheControl !== 'no-store') return payload;
    // A page that varies on more than the encoding (Vary: HX-Request…) is not this cache's to keep.
    const vary = String(reply.getHeader('vary') ?? '')
      .toLowerCase()
      .split(',')
      .map((h) => h.trim());
    if (vary.some((h) => h !== '' && h !== 'accept-encoding')) return payload;
    const html = Buffer.from(payload, 'utf8');
    const encoding = negotiateEncoding(request.headers['accept-encoding'] as string | undefined);
    const entry: Entry = {
      tenantId: candidate.tenantId,
      version: candidate.version,
      expiresAt: Date.now() + cache.options.ttlMs,
      body: compress(html, encoding),
      encoding,
      contentType,
      etag: `W/"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"`,
    };
    const now = versionOf(candidate.tenantId);
    if (now.version === candidate.version && Date.now() - now.changedAt >= SETTLE_MS)
      cache.set(candidate.key, entry);
    setHeaders(reply, entry);
    reply.header('x-page-cache', 'miss');
    if (matches(request, entry.etag)) {
      reply.code(304);
      return '';
    }
    return entry.body;
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's page cache (counters and size, for tests and the benchmark). */
    pageCache: PageCache;
  }
  interface FastifyContextConfig {
    /** false for pages that must never come from the page cache even for anonymous visitors. */
    pageCache?: boolean;
  }
}
