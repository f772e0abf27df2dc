import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { buildApp } from '../../src/app.js';
import type { Database } from '../../src/platform/db/client.js';
import { testContext } from '../helpers/context.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';
import { serverEnv, spawnCli } from './cli.js';

/**
 * /readyz asks the database every time: 503 while it cannot be reached, 200 again as soon as it can,
 * without restarting anything. On PostgreSQL (DATABASE_URL set) the real server runs behind a TCP
 * proxy that the test cuts and restores; on embedded PGlite there is no network to cut, so the same
 * readiness route runs in-process over a database whose ping fails on demand.
 */

async function poll<T>(
  what: string,
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  ms = 15_000,
): Promise<T> {
  const until = Date.now() + ms;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(last)} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}

async function readyz(url: string): Promise<{ status: number; body: unknown } | { error: string }> {
  try {
    const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(8000) });
    return { status: res.status, body: await res.json() };
  } catch (err) {
    return { error: String((err as Error).cause ?? err) };
  }
}

test('the TCP proxy forwards bytes, resets connections when cut, and forwards again when restored', async () => {
  const echo = createServer((s) => s.on('error', () => {}).pipe(s));
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', () => r()));
  const address = echo.address();
  assert.ok(address && typeof address === 'object');
  const proxy = await startTcpProxy({ host: '127.0.0.1', port: address.port });
  const { connect } = await import('node:net');
  const roundTrip = (text: string) =>
    new Promise<string>((resolve) => {
      const s = connect(proxy.port, '127.0.0.1', () => s.write(text));
      s.once('data', (d) => {
        s.destroy();
        resolve(d.toString());
      });
      s.once('error', (err: NodeJS.ErrnoException) => resolve(`error ${err.code}`));
      s.once('close', () => resolve('closed'));
    });
  try {
    assert.equal(await roundTrip('ciao'), 'ciao');
    const held = connect(proxy.port, '127.0.0.1');
    await new Promise((r) => held.once('connect', r));
    const heldClosed = new Promise<string>((r) => {
      held.once('error', (err: NodeJS.ErrnoException) => r(err.code ?? 'error'));
      held.once('close', () => r('closed'));
    });
    await new Promise((r) => setTimeout(r, 50));
    proxy.cut();
    assert.match(await heldClosed, /ECONNRESET|closed/);
    assert.match(await roundTrip('ciao'), /error ECONNRESET|closed/);
    proxy.restore();
    assert.equal(await roundTrip('di nuovo'), 'di nuovo');
    assert.ok(proxy.accepted >= 4);
  } finally {
    await proxy.close();
    await new Promise((r) => echo.close(r));
  }
});

test('readyz: 503 while the database is unreachable, 200 again after, without a restart', async (t) => {
  const url = process.env.DATABASE_URL;
  if (url) {
    t.diagnostic('PostgreSQL: the real server behind a TCP proxy that is cut and restored');
    const target = new URL(url);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const proxied = new URL(url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    const cli = spawnCli(['start', '--services=web'], {
      ...(await serverEnv()),
      DATABASE_URL: proxied.href,
      LOG_LEVEL: 'fatal',
    });
    try {
      const base = await cli.ready();
      assert.ok(base);
      assert.deepEqual(await readyz(base), { status: 200, body: { status: 'ready', database: 'postgres' } });

      proxy.cut();
      const down = await poll(
        'readyz after the cut',
        () => readyz(base),
        (r) => 'status' in r && r.status === 503,
      );
      assert.deepEqual(down, { status: 503, body: { status: 'unavailable', database: 'postgres' } });
      const healthz = await fetch(`${base}/healthz`);
      assert.equal(healthz.status, 200, 'alive, though not ready');

      proxy.restore();
      await poll(
        'readyz after the restore',
        () => readyz(base),
        (r) => 'status' in r && r.status === 200,
      );
      assert.equal(cli.child.exitCode, null, 'the same process, never restarted');
    } finally {
      const exit = await cli.stop();
      await proxy.close();
      assert.equal(exit.code, 0, cli.stderr());
    }
    return;
  }

  t.diagnostic('PGlite: the readiness route in-process over a database whose ping fails on demand');
  const ctx = await testContext();
  let reachable = true;
  const flaky: Database = Object.create(ctx.database, {
    ping: {
      value: async (timeoutMs?: number) => {
        if (!reachable) throw new Error('connect ECONNREFUSED (simulated)');
        return ctx.database.ping(timeoutMs);
      },
    },
  });
  const app = await buildApp({ ...ctx, database: flaky });
  try {
    const probe = async () => {
      const res = await app.inject({ url: '/readyz' });
      return { status: res.statusCode, body: res.json() as unknown };
    };
    assert.deepEqual(await probe(), { status: 200, body: { status: 'ready', database: 'pglite' } });
    reachable = false;
    assert.deepEqual(await probe(), { status: 503, body: { status: 'unavailable', database: 'pglite' } });
    assert.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'alive, though not ready');
    reachable = true;
    assert.deepEqual(await probe(), { status: 200, body: { status: 'ready', database: 'pglite' } });
  } finally {
    await app.close();
  }
});
