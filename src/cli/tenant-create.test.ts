import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { createTestTenant, testApp } from '../../test/helpers/context.js';
import { createTenantFromCli, parseTenantCreateArgs } from './tenant-create.js';

const valid = (slug: string, host: string) => [
  '--slug',
  slug,
  '--name',
  'Comune di Roccaverde',
  '--istat',
  '004123',
  '--fiscal-code',
  '00514490010',
  '--host',
  host,
  '--province',
  'cn',
];

test('tenant create validates every flag with one clear line', () => {
  assert.deepEqual(parseTenantCreateArgs(['--slug', 'x']), {
    ok: false,
    message: 'missing --name, --istat, --fiscal-code',
  });
  const wrongCheckDigit = valid('roccaverde', 'roccaverde.example.it').map((v) =>
    v === '00514490010' ? '00514490011' : v,
  );
  assert.match((parseTenantCreateArgs(wrongCheckDigit) as { message: string }).message, /check digit/);
  const badHost = valid('roccaverde', 'non valido!');
  assert.match((parseTenantCreateArgs(badHost) as { message: string }).message, /not a valid host name/);
  const ok = parseTenantCreateArgs(valid('roccaverde', 'Roccaverde.Example.IT'));
  assert.ok(ok.ok);
  assert.deepEqual(ok.input.hosts, ['roccaverde.example.it']);
  assert.equal(ok.input.province, 'CN');
});

test('a created Comune answers on its host; slug and host clashes are refused', async () => {
  const { app, ctx } = await testApp();
  const slug = `rv-${randomUUID().slice(0, 8)}`;
  const host = `${slug}.example.it`;
  const parsed = parseTenantCreateArgs(valid(slug, host));
  assert.ok(parsed.ok);
  const created = await createTenantFromCli(ctx.database, parsed.input);
  assert.ok(created.ok);
  const home = await app.inject({ url: '/', headers: { host } });
  assert.equal(home.statusCode, 200);
  assert.match(home.body, /Comune di Roccaverde/);

  const again = await createTenantFromCli(ctx.database, parsed.input);
  assert.deepEqual(again, { ok: false, message: `a Comune with slug "${slug}" already exists` });
  const other = await createTestTenant();
  const clash = parseTenantCreateArgs(valid(`${slug}-bis`, other.host));
  assert.ok(clash.ok);
  assert.match(
    ((await createTenantFromCli(ctx.database, clash.input)) as { message: string }).message,
    /already used by another Comune/,
  );
});
