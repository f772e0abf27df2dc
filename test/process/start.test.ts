import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { connect, createServer } from 'node:net';
import { test } from 'node:test';
import { shutdownDrainMs } from '../../src/cli/start.js';
import { asset } from '../../src/platform/views/assets.js';
import { freePort, preparedDataDir, serverEnv, spawnCli } from './cli.js';

/**
 * `campanile start` as a process: what an operator sees on a bad start-up, how it shares (or refuses
 * to share) its database, which services it runs, and how it stops.
 */

const NO_STACK = /^\s+at /m;

test('a second process on the same PGlite directory refuses with one clear line and exit code 78', async () => {
  const dataDir = await preparedDataDir();
  const first = spawnCli(['start', '--services=web'], { DATA_DIR: dataDir, PORT: '0' });
  try {
    await first.ready();
    const second = spawnCli(['start', '--services=web'], { DATA_DIR: dataDir, PORT: '0' });
    const exit = await second.exited;
    assert.equal(exit.code, 78, second.stderr());
    assert.equal(
      second.stderr(),
      `campanile: Another Campanile process (pid ${first.pid}) is using the embedded database in ${dataDir}. ` +
        'Stop it first, or use DATABASE_URL (PostgreSQL) to run several processes.\n',
    );
    assert.equal(second.stdout(), '');
    // The refused process left the lock to its owner, which still runs and answers.
    assert.equal(first.child.exitCode, null);
  } finally {
    const exit = await first.stop();
    assert.equal(exit.code, 0, first.stderr());
  }
  // Once the owner stopped, the directory is free again.
  const third = spawnCli(['start', '--services=worker'], { DATA_DIR: dataDir, PORT: '0' });
  await third.ready();
  assert.equal((await third.stop()).code, 0, third.stderr());
});

test('a wrong environment value stops start-up with one line naming the variable, exit 78, no stack trace', async () => {
  for (const [name, value] of [
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://somewhere/db'],
    ['SHUTDOWN_TIMEOUT_MS', '5'],
  ] as const) {
    const cli = spawnCli(['start'], { [name]: value });
    const exit = await cli.exited;
    assert.equal(exit.code, 78, `${name}: ${cli.stderr()}`);
    const lines = cli.stderr().split('\n').filter(Boolean);
    assert.equal(lines.length, 1, cli.stderr());
    assert.match(lines[0]!, new RegExp(`^campanile: Invalid configuration: ${name} .*\\(got "${value}"\\)$`));
    assert.doesNotMatch(cli.stderr(), NO_STACK);
    assert.equal(cli.stdout(), '');
  }
});

test('a port already taken stops start-up with one line and exit 78, not a process that never exits', async () => {
  const port = await freePort();
  const squatter = createServer();
  await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  try {
    const cli = spawnCli(['start', '--services=web,worker'], await serverEnv({ PORT: String(port) }));
    const exit = await cli.exited;
    assert.equal(exit.code, 78, cli.stderr());
    assert.match(cli.stderr(), /^campanile: listen EADDRINUSE: .* \(choose another PORT\)\n$/);
    assert.doesNotMatch(cli.stderr(), NO_STACK);
  } finally {
    squatter.close();
  }
});

test('--services=worker starts no web server; --services=bogus fails with a clear message', async () => {
  const port = await freePort();
  const worker = spawnCli(['start', '--services=worker'], await serverEnv({ PORT: String(port) }));
  try {
    assert.equal(await worker.ready(), null, 'no listening URL');
    assert.match(worker.stdout(), /Campanile ready in \d+ ms · services: worker · database: \w+\n/);
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    });
    assert.equal(refused, 'ECONNREFUSED', `nothing listens on ${port}`);
  } finally {
    assert.equal((await worker.stop()).code, 0, worker.stderr());
  }

  const bogus = spawnCli(['start', '--services=web,bogus'], await serverEnv());
  const exit = await bogus.exited;
  assert.equal(exit.code, 2);
  assert.equal(
    bogus.stderr(),
    'campanile start: --services takes a comma-separated list of web, worker, scheduler (got "web,bogus")\n' +
      'Usage: campanile start [--services=web,worker,scheduler] [--demo]\n',
  );
});

/**
 * GETs `url` and holds the body after the headers until `resume()` is called. The connection stays
 * open afterwards (keep-alive, as a browser does) until `agent.destroy()`.
 */
function slowDownload(
  url: string,
  agent: Agent,
): {
  headers: Promise<{ status: number; length: number }>;
  resume: () => void;
  body: Promise<{ received: number; error: string | null }>;
} {
  let resume: () => void = () => {};
  let onHeaders: (h: { status: number; length: number }) => void = () => {};
  const headers = new Promise<{ status: number; length: number }>((r) => {
    onHeaders = r;
  });
  const body = new Promise<{ received: number; error: string | null }>((resolve) => {
    const req = request(url, { agent, headers: { 'accept-encoding': 'identity' } }, (res) => {
      res.pause();
      onHeaders({ status: res.statusCode ?? 0, length: Number(res.headers['content-length'] ?? -1) });
      let received = 0;
      res.on('data', (c: Buffer) => {
        received += c.length;
      });
      res.on('end', () => resolve({ received, error: null }));
      res.on('error', (err) => resolve({ received, error: err.message }));
      resume = () => res.resume();
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ received: 0, error: err.code ?? err.message }));
    req.end();
  });
  return { headers, resume: () => resume(), body };
}

function get(url: string): Promise<{ status: number } | { error: string }> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    req.end();
  });
}

/**
 * Sends `count` pipelined GETs of `path` on one raw connection and reads nothing until `readAll()`:
 * Node parses pipelined requests at once and queues their responses, so with more bytes than the
 * kernel's socket buffers hold, the server still has responses to write (in flight) until we read.
 */
function pipelined(
  url: string,
  path: string,
  count: number,
): { readAll: () => Promise<Array<{ status: number; declared: number; received: number }>> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.pause();
  const one = `GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nAccept-Encoding: identity\r\n`;
  const last = `${one}Connection: close\r\n\r\n`;
  socket.write(`${`${one}\r\n`.repeat(count - 1)}${last}`);
  return {
    readAll: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        socket.on('data', (c: Buffer) => chunks.push(c));
        socket.on('error', reject);
        socket.on('end', () => {
          const all = Buffer.concat(chunks);
          const responses: Array<{ status: number; declared: number; received: number }> = [];
          let at = 0;
          while (at < all.length) {
            const headEnd = all.indexOf('\r\n\r\n', at);
            if (headEnd < 0) break;
            const head = all.subarray(at, headEnd).toString('latin1');
            const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
            const declared = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
            const received = Math.min(declared, all.length - headEnd - 4);
            responses.push({ status, declared, received });
            at = headEnd + 4 + declared;
          }
          resolve(responses);
        });
        socket.resume();
      }),
  };
}

/**
 * SIGTERM while a response is being sent: readiness turns 503 while requests are still served (the
 * drain), then the server stops accepting, lets the response finish, and the process exits 0 within
 * SHUTDOWN_TIMEOUT_MS.
 *
 * No route of the product is slow on purpose, so "in flight" means responses still being written: 16
 * pipelined 1 MB downloads on a connection whose reader sleeps through the signal and the drain. What
 * this does not show is a slow handler (a long query) outliving SHUTDOWN_TIMEOUT_MS: then the open
 * connections are cut (closeGracefully in runtime.ts) and, as a last resort, start.ts exits with code 1.
 */
test('SIGTERM drains (readyz 503), lets an in-flight response finish, and exits 0 within SHUTDOWN_TIMEOUT_MS', async () => {
  const timeout = 5000;
  const cli = spawnCli(['start'], await serverEnv({ SHUTDOWN_TIMEOUT_MS: String(timeout) }));
  // Like a browser: keeps the connection open long after the response, which must not hold the exit.
  const browser = new Agent({ keepAlive: true, timeout: 120_000 });
  let url: string | null = null;
  try {
    url = await cli.ready();
    assert.ok(url);
    assert.deepEqual(await get(`${url}/readyz`), { status: 200 });

    // 16 × 1 MB queued on one connection whose reader sleeps: far more than socket buffers hold.
    const queued = pipelined(url, asset.biFullBundle, 16);
    await new Promise((r) => setTimeout(r, 500));
    const download = slowDownload(`${url}${asset.biFullBundle}`, browser);
    const head = await download.headers;
    assert.equal(head.status, 200);
    assert.ok(head.length > 500_000, `a large file (${head.length} bytes)`);

    // A readiness probe fired together with the signal gets an answer, never a reset: SIGTERM first
    // turns readiness to 503 and keeps serving for the drain period, then closes the listener.
    const signalled = Date.now();
    const racing = get(`${url}/readyz`);
    cli.child.kill('SIGTERM');
    const raced = await racing;
    assert.ok('status' in raced && [200, 503].includes(raced.status), JSON.stringify(raced));
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(await get(`${url}/readyz`), { status: 503 }, 'not ready while draining');
    assert.deepEqual(await get(`${url}/healthz`), { status: 200 }, 'still serving while draining');

    // The readers resume after the drain, while the server is closing: it must still be there,
    // waiting for the queued responses to be written.
    await new Promise((r) => setTimeout(r, shutdownDrainMs(timeout) + 300));
    assert.equal(cli.child.exitCode, null, 'the server waits for its in-flight responses');
    const responses = await queued.readAll();
    assert.equal(responses.length, 16, JSON.stringify(responses));
    for (const r of responses)
      assert.deepEqual(r, { status: 200, declared: head.length, received: head.length });
    download.resume();
    const body = await download.body;
    assert.deepEqual(body, { received: head.length, error: null }, 'the whole file arrived');

    const exit = await cli.exited;
    const took = Date.now() - signalled;
    assert.equal(exit.code, 0, cli.stderr());
    assert.ok(took < timeout, `exited after ${took} ms`);
    assert.doesNotMatch(cli.stderr(), /shutdown timed out|error during shutdown/);
  } finally {
    browser.destroy();
    await cli.stop();
  }
  const after = await get(`${url}/readyz`);
  assert.deepEqual(after, { error: 'ECONNREFUSED' });
});
