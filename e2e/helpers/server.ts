import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DemoServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the real product as a user does (`campanile start --demo`) on a fresh embedded database in a
 * temporary directory, and resolves once it prints that it is ready.
 */
export async function startDemoServer(port?: number): Promise<DemoServer> {
  // The environment as it is at the call: a spec may set variables, call, and restore them at once.
  const callerEnv = { ...process.env };
  port ??= await freePortPair();
  const dataDir = mkdtempSync(join(tmpdir(), 'campanile-e2e-'));
  let out = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start', '--demo'], {
    env: {
      ...callerEnv,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      // Every spec logs staff in from 127.0.0.1 on this one server: the default 10 a minute per
      // address ran out once the suite grew (the limit itself is tested in login.test.ts).
      LOGIN_RATE_LIMIT: '100',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    out += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    out += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo server not ready in 90 s:\n${out}`)), 90_000);
    const check = setInterval(() => {
      if (out.includes('Campanile ready')) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`demo server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A port whose successor is free too: the demo serves the portal on PORT and its SPID IdP on PORT + 1. */
async function freePortPair(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 3400 + Math.floor(Math.random() * 400);
    if ((await portIsFree(port)) && (await portIsFree(port + 1))) return port;
  }
  throw new Error('no free pair of ports between 3400 and 3800');
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
