import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy for tests that need a dependency to go away and come back (a database behind a
 * network cut) without stopping it: `cut()` drops every open connection and resets new ones until
 * `restore()`. Bytes pass through untouched, so any protocol works (PostgreSQL, HTTP).
 */
export interface TcpProxy {
  readonly port: number;
  /** Connections ever accepted (forwarded or reset). */
  readonly accepted: number;
  /** Resets every open connection; new ones are reset on arrival until restore(). */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let isCut = false;
  let accepted = 0;
  const server: Server = createServer((client) => {
    accepted++;
    if (isCut) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    open.add(client);
    open.add(upstream);
    const drop = () => {
      for (const s of [client, upstream]) {
        open.delete(s);
        if (!s.destroyed) s.destroy();
      }
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  const cut = () => {
    isCut = true;
    for (const s of open) s.resetAndDestroy();
    open.clear();
  };
  return {
    port: address.port,
    get accepted() {
      return accepted;
    },
    cut,
    restore() {
      isCut = false;
    },
    close() {
      cut();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
