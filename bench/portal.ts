// Portal benchmark (issue 4, "Performance"): what an anonymous visitor's pages cost.
//
// 1. baseline: a bare Fastify JSON route with @fastify/compress registered (bench/lib/bare-server.ts
//    --compress), measured before and after the application (the mean of the two);
// 2. the home page `/`, a scheda servizio `/servizi/<slug>` and the site search `/cerca?q=…` of the
//    demo Comune (`campanile start --services=web`, demo data, PGlite), each with
//    `Accept-Encoding: br, gzip` (a browser's request), 50 concurrent keep-alive connections for 5 s
//    (1.5 s with --quick), LOG_LEVEL=warn: req/s and p99 latency, as ratios to the baseline.
//    Goals: home ≥ 1,750 req/s, p99 < 100 ms. Anonymous pages come from the page cache
//    (platform/http/page-cache.ts); `portal.home_rendered` is the home page rendered on every request
//    (a cookie the cache does not know makes it step aside, as a logged-in visitor's session does);
// 3. first load of the home page in Chromium (cold cache, CDP Network events: the sum of
//    encodedDataLength, i.e. bytes on the wire after compression), against the HTML alone.
//    Goal: ≤ 150 KB.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { type LoadResult, runLoad } from './lib/load.js';
import { type Child, spawnTs } from './lib/process.js';
import { note, QUICK, report } from './lib/report.js';

const CONCURRENCY = 50;
const DURATION_MS = QUICK ? 1500 : 5000;
const HOME_GOAL_RPS = 1750;
const P99_GOAL_MS = 100;
const FIRST_LOAD_GOAL_KB = 150;
const BROWSER_HEADERS = { 'accept-encoding': 'br, gzip', accept: 'text/html' };

const dataDir = mkdtempSync(join(tmpdir(), 'campanile-bench-portal-'));
const appEnv = {
  DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
  SESSION_SECRET: 'bench-session-secret-'.padEnd(48, 'x'),
  SECURE_COOKIES: 'false',
};

function startApp(args: string[]): Child {
  return spawnTs('src/main.ts', ['start', ...args], appEnv);
}

async function readyUrl(app: Child): Promise<string> {
  const [, url] = await app.waitFor(/Campanile ready .*listening on (http:\/\/\S+)/);
  return url!;
}

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string; bytes: number }>(
    (resolve, reject) => {
      const req = request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const buf = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: buf.toString('utf8'),
            bytes: buf.length,
          });
        });
      });
      req.on('error', reject);
      req.end();
    },
  );
}

function describe(r: LoadResult): string {
  const statuses = Object.entries(r.statuses)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  return `${r.requests} requests, ${Math.round(r.rps)} req/s, p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms, ${statuses}`;
}

async function load(url: string, headers?: Record<string, string>): Promise<LoadResult> {
  const result = await runLoad({ url, headers, concurrency: CONCURRENCY, durationMs: DURATION_MS });
  if (result.errors > 0) throw new Error(`${url}: ${result.errors} unexpected answers (${describe(result)})`);
  return result;
}

/** A scheda servizio of the demo Comune: the first /servizi/<slug> link on the Servizi page. */
async function servicePath(base: string): Promise<string> {
  const page = await get(`${base}/servizi`);
  const paths = [...page.body.matchAll(/href="(\/servizi\/[a-z0-9-]+)"/g)].map((m) => m[1]!);
  const path = paths.find((p) => !p.startsWith('/servizi/categoria'));
  if (!path) throw new Error('no scheda servizio linked from /servizi');
  return path;
}

/** Bytes on the wire for a cold load of `url` in Chromium (every request, compressed sizes). */
async function firstLoad(url: string): Promise<{ total: number; requests: Array<[string, number]> }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const urls = new Map<string, string>();
    const sizes = new Map<string, number>();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
    await page.goto(url, { waitUntil: 'networkidle' });
    const requests: Array<[string, number]> = [...sizes].map(([id, n]) => [urls.get(id) ?? id, n]);
    return { total: requests.reduce((s, [, n]) => s + n, 0), requests };
  } finally {
    await browser.close();
  }
}

try {
  note(`${QUICK ? 'quick' : 'full'} run: ${CONCURRENCY} connections × ${DURATION_MS / 1000} s per figure`);
  // First start seeds the demo database; the measured process starts on it with the web service only.
  const first = startApp(['--demo']);
  await readyUrl(first);
  await first.stop('SIGINT');

  const bare = spawnTs('bench/lib/bare-server.ts', ['--compress']);
  const [, bareUrl] = await bare.waitFor(/listening (http:\/\/\S+)/);
  const before = await load(`${bareUrl}/`, BROWSER_HEADERS);
  note(`bare Fastify (before): ${describe(before)}`);

  const app = startApp(['--services=web']);
  try {
    const base = await readyUrl(app);
    const service = await servicePath(base);
    const pages: Array<[string, string]> = [
      ['home', '/'],
      ['service', service],
      ['search', '/cerca?q=carta+identita'],
    ];
    const results: Array<[string, LoadResult]> = [];
    for (const [name, path] of pages) {
      const one = await get(`${base}${path}`, BROWSER_HEADERS);
      if (one.status !== 200) throw new Error(`${path} answered ${one.status}`);
      note(
        `${path}: ${(one.bytes / 1024).toFixed(1)} KB on the wire (${one.headers['content-encoding'] ?? 'identity'})`,
      );
      const result = await load(`${base}${path}`, BROWSER_HEADERS);
      note(`${path}: ${describe(result)}`);
      results.push([name, result]);
    }

    const rendered = await load(`${base}/`, { ...BROWSER_HEADERS, cookie: 'campanile_bench=1' });
    note(`/ rendered on every request (no page cache): ${describe(rendered)}`);
    results.push(['home_rendered', rendered]);

    const after = await load(`${bareUrl}/`, BROWSER_HEADERS);
    note(`bare Fastify (after): ${describe(after)}`);
    const baseline: LoadResult = {
      ...before,
      rps: (before.rps + after.rps) / 2,
      p99Ms: (before.p99Ms + after.p99Ms) / 2,
    };
    for (const [name, r] of results) {
      report(`portal.${name}`, { value: r.rps, unit: 'req/s' }, { value: baseline.rps, unit: 'req/s' });
      report(`portal.${name}_p99`, { value: r.p99Ms, unit: 'ms' }, { value: baseline.p99Ms, unit: 'ms' });
    }
    const home = results[0]![1];
    note(
      `goals: home ≥ ${HOME_GOAL_RPS} req/s: ${home.rps >= HOME_GOAL_RPS ? 'met' : 'NOT met'}; p99 < ${P99_GOAL_MS} ms: ${results.every(([name, r]) => name === 'home_rendered' || r.p99Ms < P99_GOAL_MS) ? 'met on every cached page' : 'NOT met on every cached page'}`,
    );

    const html = await get(`${base}/`, BROWSER_HEADERS);
    const loaded = await firstLoad(`${base}/`);
    for (const [url, n] of loaded.requests.sort((a, b) => b[1] - a[1]))
      note(`  ${(n / 1024).toFixed(1).padStart(7)} KB ${url.replace(base, '')}`);
    report(
      'portal.home_first_load',
      { value: loaded.total / 1024, unit: 'KB' },
      { value: html.bytes / 1024, unit: 'KB' },
    );
    note(
      `first load of / (cold cache, ${loaded.requests.length} requests, baseline = its HTML alone): goal ≤ ${FIRST_LOAD_GOAL_KB} KB: ${loaded.total / 1024 <= FIRST_LOAD_GOAL_KB ? 'met' : 'NOT met'}`,
    );
  } finally {
    await app.stop('SIGINT');
    await bare.stop();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
