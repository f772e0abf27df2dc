// Foundation benchmark: HTTP throughput of the platform and start-up time, each against a baseline
// measured in the same run on the same machine.
//
// 1. baseline: a bare Fastify JSON route (bench/lib/bare-server.ts) in its own process;
// 2. GET /healthz of the real application (`campanile start --services=web`, demo data, PGlite);
// 3. an authenticated back-office page (GET /backoffice as the demo administrator);
//    all three with 50 concurrent keep-alive connections for 5 s (1.5 s with --quick), LOG_LEVEL=warn;
// 4. start-up of `campanile start --demo` on an existing PGlite database, from spawn until "Campanile
//    ready" is printed and /readyz answers 200 (median of 3 restarts), against the time a fresh process
//    needs just to open that database (bench/lib/open-pglite.ts). Goal: under 3 s.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoLogins } from '../src/cli/demo/comune-data.js';
import { DEMO_PASSWORD } from '../src/cli/demo/seed.js';
import { type LoadResult, runLoad } from './lib/load.js';
import { type Child, spawnTs } from './lib/process.js';
import { median, note, QUICK, report } from './lib/report.js';

const CONCURRENCY = 50;
const DURATION_MS = QUICK ? 1500 : 5000;
const RESTARTS = 3;
const STARTUP_GOAL_MS = 3000;

const dataDir = mkdtempSync(join(tmpdir(), 'campanile-bench-'));
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

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function http(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

function cookiesOf(answer: Answer): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of [answer.headers['set-cookie'] ?? []].flat()) {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq > 0) jar[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return jar;
}

/** Logs the demo administrator in through the real form; returns the Cookie header. */
async function login(base: string): Promise<string> {
  const admin = demoLogins.find((l) => l.role === 'admin');
  if (!admin) throw new Error('no demo administrator');
  const form = await http(`${base}/backoffice/login`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1];
  const csrfCookie = cookiesOf(form)._csrf;
  if (!csrf || !csrfCookie) throw new Error(`no CSRF token on the login page (${form.status})`);
  const done = await http(`${base}/backoffice/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `_csrf=${csrfCookie}` },
    body: new URLSearchParams({ _csrf: csrf, email: admin.email, password: DEMO_PASSWORD }).toString(),
  });
  const session = cookiesOf(done).cmp_session;
  if (done.status !== 303 || !session) throw new Error(`login failed with ${done.status}`);
  return `cmp_session=${session}; _csrf=${csrfCookie}`;
}

/** The first authenticated staff page that answers 200 (the dashboard once it exists). */
async function staffPage(base: string, cookie: string): Promise<string> {
  for (const path of ['/backoffice', '/backoffice/account']) {
    const res = await http(`${base}${path}`, { headers: { cookie } });
    if (res.status === 200) return path;
  }
  return '/readyz';
}

function describe(r: LoadResult): string {
  const statuses = Object.entries(r.statuses)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  return `${r.requests} requests, p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms, ${statuses}`;
}

async function load(url: string, headers?: Record<string, string>): Promise<LoadResult> {
  const result = await runLoad({ url, headers, concurrency: CONCURRENCY, durationMs: DURATION_MS });
  if (result.errors > 0) throw new Error(`${url}: ${result.errors} unexpected answers (${describe(result)})`);
  return result;
}

async function timeUntilReady(): Promise<number> {
  const started = performance.now();
  const app = startApp(['--demo']);
  try {
    const url = await readyUrl(app);
    for (;;) {
      const res = await http(`${url}/readyz`).catch(() => ({ status: 0 }));
      if (res.status === 200) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    return performance.now() - started;
  } finally {
    // SIGINT: stop at once (SIGTERM would drain for a second first).
    await app.stop('SIGINT');
  }
}

async function timeToOpenPglite(): Promise<number> {
  const started = performance.now();
  const child = spawnTs('bench/lib/open-pglite.ts', [join(dataDir, 'pglite')]);
  await child.waitFor(/^opened$/m);
  const took = performance.now() - started;
  await child.stop();
  return took;
}

try {
  note(
    `${QUICK ? 'quick' : 'full'} run: ${CONCURRENCY} connections × ${DURATION_MS / 1000} s per HTTP figure, ${RESTARTS} restarts`,
  );
  // The demo database: first start seeds it (creating an on-disk PGlite and migrating are one-off costs).
  const firstStarted = performance.now();
  const first = startApp(['--demo']);
  await readyUrl(first);
  note(
    `first start on an empty directory (initdb, migrations, demo data): ${Math.round(performance.now() - firstStarted)} ms`,
  );
  await first.stop('SIGINT');

  // 4. Start-up, measured before the HTTP figures so nothing else warms the page cache differently.
  const opens: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < RESTARTS; i++) {
    opens.push(await timeToOpenPglite());
    starts.push(await timeUntilReady());
  }
  const startup = median(starts);

  // 1. Baseline HTTP server, measured before and after the application (the mean of the two), so a
  // machine that gets busier or quieter during the run moves both sides alike.
  const bare = spawnTs('bench/lib/bare-server.ts', []);
  const [, bareUrl] = await bare.waitFor(/listening (http:\/\/\S+)/);
  const before = await load(`${bareUrl}/`);
  note(`bare Fastify (before): ${describe(before)}`);

  // 2–3. The application, web service only, on the demo database.
  const app = startApp(['--services=web']);
  try {
    const base = await readyUrl(app);
    const healthz = await load(`${base}/healthz`);
    note(`/healthz: ${describe(healthz)}`);
    const cookie = await login(base);
    const page = await staffPage(base, cookie);
    if (page === '/readyz') note('no authenticated staff page answered 200: measuring /readyz instead');
    const staff = await load(`${base}${page}`, page === '/readyz' ? undefined : { cookie });
    note(`${page} as the demo administrator: ${describe(staff)}`);

    const after = await load(`${bareUrl}/`);
    note(`bare Fastify (after): ${describe(after)}`);
    const baseline: LoadResult = {
      ...before,
      rps: (before.rps + after.rps) / 2,
      p99Ms: (before.p99Ms + after.p99Ms) / 2,
    };
    const rps = (r: LoadResult) => ({ value: r.rps, unit: 'req/s' });
    const p99 = (r: LoadResult) => ({ value: r.p99Ms, unit: 'ms' });
    report('foundation.healthz', rps(healthz), rps(baseline));
    report('foundation.healthz_p99', p99(healthz), p99(baseline));
    report('foundation.backoffice_page', rps(staff), rps(baseline));
    report('foundation.backoffice_page_p99', p99(staff), p99(baseline));
  } finally {
    await app.stop('SIGINT');
    await bare.stop();
  }
  report('foundation.startup', { value: startup, unit: 'ms' }, { value: median(opens), unit: 'ms' });
  note(
    `start-up (spawn → ready and /readyz 200) ${starts.map((s) => Math.round(s)).join(', ')} ms; goal < ${STARTUP_GOAL_MS} ms: ${startup < STARTUP_GOAL_MS ? 'met' : 'NOT met'}; baseline = a fresh process opening the same PGlite database`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
