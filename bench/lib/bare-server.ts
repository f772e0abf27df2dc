// The baseline server: a bare Fastify with one JSON route, nothing else (no plugins, no hooks, no
// logging); with --compress, @fastify/compress registered as the application registers it. Prints
// "listening <url>" once it accepts connections.
import fastifyCompress from '@fastify/compress';
import Fastify from 'fastify';

const app = Fastify({ logger: false });
if (process.argv.includes('--compress'))
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
app.get('/', async () => ({ status: 'ok' }));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`listening ${url}\n`);
const stop = () => void app.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
