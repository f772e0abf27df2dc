import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Type } from '@sinclair/typebox';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createTestTenant, testContext } from '../../../test/helpers/context.js';
import { buildApp } from '../../app.js';
import { queryRows, withTenant } from '../db/client.js';
import type { CampanileModule } from '../module.js';

/** A module that exists only here: a JSON API route writing two rows in one transaction. */
const probeModule: CampanileModule = {
  name: 'probe',
  routes(app, ctx) {
    app.post(
      '/api/probe/settings',
      {
        config: { csrf: false, kind: 'api' },
        schema: {
          body: Type.Object(
            {
              key: Type.String({ minLength: 1, maxLength: 40 }),
              email: Type.String({ format: 'email' }),
              count: Type.Integer({ minimum: 1 }),
              failAfterFirstWrite: Type.Optional(Type.Boolean()),
            },
            { additionalProperties: false },
          ),
        },
      },
      async (request, reply) => {
        const body = request.body as {
          key: string;
          email: string;
          count: number;
          failAfterFirstWrite?: boolean;
        };
        const tenantId = request.tenant!.id;
        await withTenant(ctx.database, tenantId, async (tx) => {
          await tx.execute(
            sql`insert into tenant_setting (tenant_id, key, value) values (${tenantId}, ${body.key}, ${JSON.stringify(body)}::jsonb)`,
          );
          if (body.failAfterFirstWrite) throw new Error('simulated failure between two writes');
          await tx.execute(
            sql`insert into tenant_setting (tenant_id, key, value) values (${tenantId}, ${`${body.key}.copy`}, '{}'::jsonb)`,
          );
        });
        return reply.status(201).send({ ok: true });
      },
    );
  },
};

let app: FastifyInstance;
async function probeApp() {
  if (!app) {
    const { MODULES } = await import('../../app.js');
    app = await buildApp(await testContext(), { modules: [...MODULES, probeModule] });
    await app.ready();
  }
  return app;
}

async function settingsOf(tenantId: string) {
  const ctx = await testContext();
  return queryRows<{ key: string }>(
    ctx.database.db,
    sql`select key from tenant_setting where tenant_id = ${tenantId} order by key`,
  );
}

test('a valid JSON request is accepted', async () => {
  const app = await probeApp();
  const tenant = await createTestTenant();
  const res = await app.inject({
    method: 'POST',
    url: '/api/probe/settings',
    headers: { host: tenant.host },
    payload: { key: 'a', email: 'uff@comune.it', count: 2 },
  });
  assert.equal(res.statusCode, 201);
  assert.deepEqual(
    (await settingsOf(tenant.id)).map((r) => r.key),
    ['a', 'a.copy'],
  );
});

test('missing and invalid fields are all reported, per field, with Italian messages', async () => {
  const app = await probeApp();
  const tenant = await createTestTenant();
  const res = await app.inject({
    method: 'POST',
    url: '/api/probe/settings',
    headers: { host: tenant.host },
    payload: { email: 'non-una-mail', count: 0, extra: 1 },
  });
  assert.equal(res.statusCode, 400);
  const error = res.json().error;
  assert.equal(error.code, 'VALIDATION_FAILED');
  const byPath = Object.fromEntries(
    error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
  );
  assert.equal(byPath.key, 'Campo obbligatorio.');
  assert.match(byPath.email, /indirizzo e-mail valido/);
  assert.match(byPath.count, /almeno 1/);
  assert.equal(byPath.extra, 'Campo non previsto.');
  assert.deepEqual(await settingsOf(tenant.id), []);
});

test('malformed JSON gets MALFORMED_BODY, not a stack trace', async () => {
  const app = await probeApp();
  const tenant = await createTestTenant();
  const res = await app.inject({
    method: 'POST',
    url: '/api/probe/settings',
    headers: { host: tenant.host, 'content-type': 'application/json' },
    payload: '{"key": "a", ',
  });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.code, 'MALFORMED_BODY');
  assert.doesNotMatch(res.body, /at \w+ \(|node_modules/);
});

test('a wrong content type gets UNSUPPORTED_MEDIA_TYPE', async () => {
  const app = await probeApp();
  const tenant = await createTestTenant();
  const res = await app.inject({
    method: 'POST',
    url: '/api/probe/settings',
    headers: { host: tenant.host, 'content-type': 'application/xml' },
    payload: '<key>a</key>',
  });
  assert.equal(res.statusCode, 415);
  assert.equal(res.json().error.code, 'UNSUPPORTED_MEDIA_TYPE');
});

test('an oversized body gets PAYLOAD_TOO_LARGE', async () => {
  const app = await probeApp();
  const tenant = await createTestTenant();
  const res = await app.inject({
    method: 'POST',
    url: '/api/probe/settings',
    headers: { host: tenant.host, 'content-type': 'application/json' },
    payload: JSON.stringify({ key: 'x'.repeat(2 * 1024 * 1024), email: 'a@b.it', count: 1 }),
  });
  assert.equal(res.statusCode, 413);
  assert.equal(res.json().error.code, 'PAYLOAD_TOO_LARGE');
});

test('a failure between two writes leaves nothing half-written', async () => {
  const app = await probeApp();
  const tenant = await createTestTenant();
  const res = await app.inject({
    method: 'POST',
    url: '/api/probe/settings',
    headers: { host: tenant.host },
    payload: { key: 'b', email: 'uff@comune.it', count: 1, failAfterFirstWrite: true },
  });
  assert.equal(res.statusCode, 500);
  assert.equal(res.json().error.code, 'INTERNAL');
  assert.doesNotMatch(res.body, /simulated failure/);
  assert.deepEqual(await settingsOf(tenant.id), []);
});

test('a form POST without CSRF token is refused', async () => {
  const app = await probeApp();
  const tenant = await createTestTenant();
  const res = await app.inject({
    method: 'POST',
    url: '/',
    headers: { host: tenant.host, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: 'a=1',
  });
  assert.equal(res.statusCode, 403);
  assert.match(res.body, /La sessione del modulo è scaduta/);
});
