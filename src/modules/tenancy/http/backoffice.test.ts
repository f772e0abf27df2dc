import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { and, asc, eq } from 'drizzle-orm';
import sharp from 'sharp';
import {
  createTestTenant,
  type TestTenant,
  testApp,
  testDatabase,
} from '../../../../test/helpers/context.js';
import { formBody, type StaffSession, sessionCookieFor } from '../../../../test/helpers/session.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { entityFiscalCodeCheckDigit } from '../../../platform/validation/fiscal-code.js';
import { type TenantSettingsInput, updateTenantSettings } from '../commands/update-tenant-settings.js';
import { areas, tenantHosts, tenants } from '../schema.js';

interface FilePart {
  name: string;
  filename: string;
  type: string;
  data: Buffer;
}

/** A multipart/form-data body as a browser sends it. */
function multipart(fields: Record<string, string>, files: FilePart[] = []) {
  const boundary = `----campanile${randomUUID().replace(/-/g, '')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

const validFiscalCode = (first10: string) => first10 + entityFiscalCodeCheckDigit(first10);

function baseFields(tenant: TestTenant): Record<string, string> {
  return {
    name: 'Comune di Prova',
    shortName: 'Prova',
    istatCode: '001999',
    fiscalCode: validFiscalCode('0012345678'),
    address: 'Piazza Municipio 1',
    postalCode: '10100',
    province: 'to',
    region: 'Piemonte',
    phone: '011 1234567',
    email: 'info@comune.prova.it',
    pec: 'protocollo@pec.comune.prova.it',
    website: 'https://www.comune.prova.it',
    primaryColor: '#0066CC',
    secondaryColor: '#5c6f82',
    hostnames: tenant.host,
  };
}

async function postSettings(
  session: StaffSession,
  fields: Record<string, string>,
  files: FilePart[] = [],
  options: { csrf?: string | null } = {},
) {
  const { app } = await testApp();
  const csrf = options.csrf === undefined ? session.csrf : options.csrf;
  const body = multipart(csrf === null ? fields : { _csrf: csrf, ...fields }, files);
  return app.inject({
    method: 'POST',
    url: '/backoffice/impostazioni',
    headers: { ...session.headers, 'content-type': body.contentType },
    payload: body.payload,
  });
}

test('settings: administrators only', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  for (const role of ['editor', 'executive', 'urp_operator'] as const) {
    const session = await sessionCookieFor(tenant, [role]);
    const res = await app.inject({ url: '/backoffice/impostazioni', headers: session.headers });
    assert.equal(res.statusCode, 403, role);
  }
  const anonymous = await app.inject({
    method: 'POST',
    url: '/backoffice/impostazioni',
    headers: { host: tenant.host, ...(() => ({ 'content-type': multipart({ name: 'x' }).contentType }))() },
    payload: multipart({ name: 'x' }).payload,
  });
  assert.equal(anonymous.statusCode, 401);
  const admin = await sessionCookieFor(tenant, ['admin']);
  const page = await app.inject({ url: '/backoffice/impostazioni', headers: admin.headers });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /enctype="multipart\/form-data"/);
  assert.match(
    page.body,
    new RegExp(`<textarea[^>]*name="hostnames"[^>]*>${tenant.host.replace(/\./g, '\\.')}</textarea>`),
  );
});

test('settings: a multipart POST without a valid CSRF token is refused', async () => {
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const missing = await postSettings(admin, baseFields(tenant), [], { csrf: null });
  assert.equal(missing.statusCode, 403);
  assert.match(missing.body, /La sessione del modulo è scaduta/);
  const wrong = await postSettings(admin, baseFields(tenant), [], { csrf: 'forged-token' });
  assert.equal(wrong.statusCode, 403);
  const database = await testDatabase();
  const [row] = await database.db
    .select({ phone: tenants.phone })
    .from(tenants)
    .where(eq(tenants.id, tenant.id));
  assert.equal(row?.phone, '', 'nothing saved');
});

test('settings: saved, audited with a diff, host names and cache updated', async () => {
  const { app } = await testApp();
  const database = await testDatabase();
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin'], { name: 'Ada Admin' });
  // Warm the tenant cache with the old name, then check the change is visible at once.
  await app.inject({ url: '/', headers: { host: tenant.host } });
  const newHost = `www.${tenant.slug}.example.it`;
  const res = await postSettings(admin, {
    ...baseFields(tenant),
    name: 'Comune di Nuova Prova',
    hostnames: `${tenant.host}\n\n ${newHost.toUpperCase()} `,
  });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  assert.equal(res.headers.location, '/backoffice/impostazioni?ok=saved');

  const [row] = await database.db.select().from(tenants).where(eq(tenants.id, tenant.id));
  assert.equal(row?.name, 'Comune di Nuova Prova');
  assert.equal(row?.province, 'TO');
  assert.equal(row?.primaryColor, '#0066cc');
  const hosts = await database.db
    .select({ hostname: tenantHosts.hostname })
    .from(tenantHosts)
    .where(eq(tenantHosts.tenantId, tenant.id))
    .orderBy(asc(tenantHosts.hostname));
  assert.deepEqual(hosts.map((h) => h.hostname).sort(), [tenant.host, newHost].sort());

  const [audit] = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenant.id), eq(auditLog.action, 'tenant.settings_updated')));
  assert.equal(audit?.actorName, 'Ada Admin');
  const changes = audit?.changes as Record<string, [unknown, unknown]>;
  assert.deepEqual(changes.name, ['Comune di Prova', 'Comune di Nuova Prova']);
  assert.deepEqual(changes.hostnames, [[tenant.host], [tenant.host, newHost].sort()]);
  assert.deepEqual(changes.pec, ['', 'protocollo@pec.comune.prova.it']);

  const home = await app.inject({ url: '/', headers: { host: newHost } });
  assert.equal(home.statusCode, 200);
  assert.match(home.body, /Comune di Nuova Prova/);

  const again = await postSettings(admin, {
    ...baseFields(tenant),
    name: 'Comune di Nuova Prova',
    hostnames: `${newHost}\n${tenant.host}`,
  });
  assert.equal(again.headers.location, '/backoffice/impostazioni?ok=unchanged');
});

test('settings: a host name of another Comune, a wrong fiscal code and a pale colour are explained in Italian', async () => {
  const other = await createTestTenant(undefined, 'Comune di Altrove');
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const res = await postSettings(admin, {
    ...baseFields(tenant),
    name: 'Nome conservato',
    fiscalCode: '00123456781',
    primaryColor: '#ffcc00',
    hostnames: `${tenant.host}\n${other.host}\nnot a host`,
  });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /Il codice fiscale non è valido/);
  assert.match(res.body, /Il colore principale ha un contrasto di 1,\d\d:1 sul bianco/);
  assert.match(res.body, /«not a host» non è un nome a dominio valido/);
  assert.match(res.body, /value="Nome conservato"/);

  const clash = await postSettings(admin, {
    ...baseFields(tenant),
    hostnames: `${tenant.host}\n${other.host}`,
  });
  assert.equal(clash.statusCode, 400);
  assert.match(
    clash.body,
    new RegExp(`«${other.host.replace(/\./g, '\\.')}» è già usato da un altro Comune`),
  );
  assert.match(clash.body, /id="f-hostnames-error"/);
  const database = await testDatabase();
  const [owner] = await database.db.select().from(tenantHosts).where(eq(tenantHosts.hostname, other.host));
  assert.equal(owner?.tenantId, other.id, 'the other Comune keeps its host');

  const lockout = await postSettings(admin, {
    ...baseFields(tenant),
    hostnames: `nuovo.${tenant.slug}.example.it`,
  });
  assert.equal(lockout.statusCode, 400);
  assert.match(lockout.body, /è l’indirizzo da cui stai lavorando/);
});

async function pngWithExif(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#cc0000' } })
    .png()
    .withExif({ IFD0: { Artist: 'exif-marker-artist' } })
    .toBuffer();
}

test('settings: a PNG logo is re-encoded (max 512 px, no EXIF), stored and served at /logo', async () => {
  const { app } = await testApp();
  const database = await testDatabase();
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const original = await pngWithExif(1024, 768);
  assert.ok((await sharp(original).metadata()).exif, 'the upload carries EXIF');
  const res = await postSettings(admin, baseFields(tenant), [
    { name: 'logo', filename: 'stemma.png', type: 'image/png', data: original },
  ]);
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  const [row] = await database.db
    .select({ logoKey: tenants.logoKey })
    .from(tenants)
    .where(eq(tenants.id, tenant.id));
  assert.ok(row?.logoKey);

  const logo = await app.inject({ url: '/logo', headers: { host: tenant.host } });
  assert.equal(logo.statusCode, 200);
  assert.equal(logo.headers['content-type'], 'image/png');
  assert.match(String(logo.headers['cache-control']), /public, max-age=\d+/);
  const meta = await sharp(logo.rawPayload).metadata();
  assert.equal(meta.format, 'png');
  assert.equal(meta.width, 512);
  assert.equal(meta.height, 384);
  assert.equal(meta.exif, undefined);
  assert.ok(!logo.rawPayload.includes('exif-marker-artist'));

  const cached = await app.inject({
    url: '/logo',
    headers: { host: tenant.host, 'if-none-match': String(logo.headers.etag) },
  });
  assert.equal(cached.statusCode, 304);

  const page = await app.inject({ url: '/backoffice/impostazioni', headers: admin.headers });
  assert.match(page.body, /<img src="\/logo\?v=/);

  // Another Comune has no logo of its own.
  const other = await createTestTenant();
  const none = await app.inject({ url: '/logo', headers: { host: other.host } });
  assert.equal(none.statusCode, 404);

  const removed = await postSettings(admin, { ...baseFields(tenant), removeLogo: '1' });
  assert.equal(removed.statusCode, 303);
  const gone = await app.inject({ url: '/logo', headers: { host: tenant.host } });
  assert.equal(gone.statusCode, 404);
});

test('settings: a text file named .png is refused (FILE_TYPE_NOT_ALLOWED) and the other fields are kept', async () => {
  const database = await testDatabase();
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const res = await postSettings(
    admin,
    { ...baseFields(tenant), name: 'Nome da non perdere', phone: '0123 456' },
    [
      {
        name: 'logo',
        filename: 'stemma.png',
        type: 'image/png',
        data: Buffer.from('questo è solo testo, non un PNG'),
      },
    ],
  );
  assert.equal(res.statusCode, 415);
  assert.match(res.body, /Il file scelto non è un’immagine PNG, JPEG o WebP/);
  assert.match(res.body, /value="Nome da non perdere"/);
  assert.match(res.body, /value="0123 456"/);
  assert.match(res.body, /id="f-logo-error"/);
  const [row] = await database.db.select().from(tenants).where(eq(tenants.id, tenant.id));
  assert.equal(row?.name, 'Comune di Prova', 'nothing saved');
  assert.equal(row?.logoKey, null);

  const svg = await postSettings(admin, baseFields(tenant), [
    {
      name: 'logo',
      filename: 'stemma.svg',
      type: 'image/svg+xml',
      data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    },
  ]);
  assert.equal(svg.statusCode, 415);

  const { ctx } = await testApp();
  await assert.rejects(
    updateTenantSettings(
      ctx.database,
      ctx.storage,
      tenant.id,
      { id: null, kind: 'system', name: 'test', ip: null, requestId: null },
      {
        ...(baseFields(tenant) as unknown as TenantSettingsInput),
        logo: { filename: 'x.png', data: Buffer.from('plain text'), truncated: false },
      },
    ),
    (err: unknown) =>
      err instanceof AppError &&
      err.code === 'FILE_TYPE_NOT_ALLOWED' &&
      err.fields.some((f) => f.path === 'logo' && f.code === 'FILE_TYPE_NOT_ALLOWED'),
  );
});

test('settings: a logo over 2 MB is refused with a clear message, the form kept', async () => {
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const big = Buffer.concat([await pngWithExif(10, 10), Buffer.alloc(2 * 1024 * 1024 + 10, 1)]);
  const res = await postSettings(admin, { ...baseFields(tenant), shortName: 'Breve conservato' }, [
    { name: 'logo', filename: 'enorme.png', type: 'image/png', data: big },
  ]);
  assert.equal(res.statusCode, 413);
  assert.match(res.body, /Il file supera i 2 MB/);
  assert.match(res.body, /value="Breve conservato"/);
});

test('settings: other routes do not accept multipart bodies', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  const admin = await sessionCookieFor(tenant, ['admin']);
  const body = multipart({ _csrf: admin.csrf, name: 'Ufficio' });
  const res = await app.inject({
    method: 'POST',
    url: '/backoffice/uffici/nuovo',
    headers: { ...admin.headers, 'content-type': body.contentType },
    payload: body.payload,
  });
  assert.equal(res.statusCode, 415);
  // An urlencoded save works on the settings route too.
  const plain = await app.inject({
    method: 'POST',
    url: '/backoffice/impostazioni',
    headers: { ...admin.headers, 'content-type': 'application/x-www-form-urlencoded' },
    payload: formBody({ ...baseFields(tenant), _csrf: admin.csrf }),
  });
  assert.equal(plain.statusCode, 303);
});

test('areas: listed with residents and a sketch map of each', async () => {
  const { app } = await testApp();
  const database = await testDatabase();
  const tenant = await createTestTenant();
  const square = (x: number, y: number): [number, number][] => [
    [x, y],
    [x + 0.01, y],
    [x + 0.01, y + 0.01],
    [x, y + 0.01],
    [x, y],
  ];
  await database.db.insert(areas).values([
    {
      tenantId: tenant.id,
      slug: 'centro',
      name: 'Centro storico',
      kind: 'quartiere',
      residents: 12000,
      boundary: square(7.6, 45),
    },
    {
      tenantId: tenant.id,
      slug: 'gerbidi',
      name: 'Borgata Gerbidi',
      kind: 'frazione',
      residents: 3400,
      boundary: square(7.61, 45),
    },
  ]);
  const editor = await sessionCookieFor(tenant, ['editor']);
  assert.equal(
    (await app.inject({ url: '/backoffice/impostazioni/aree', headers: editor.headers })).statusCode,
    403,
  );
  const operator = await sessionCookieFor(tenant, ['office_operator']);
  const res = await app.inject({ url: '/backoffice/impostazioni/aree', headers: operator.headers });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Borgata Gerbidi[\s\S]*Centro storico/);
  assert.match(res.body, /Frazione/);
  assert.match(res.body, /12\.000/);
  assert.match(res.body, /Totale residenti nelle zone: 15\.400/);
  assert.equal(res.body.match(/<svg class="area-preview"/g)?.length, 2);
  assert.equal(res.body.match(/<polygon class="area-this"/g)?.length, 2);
  assert.match(res.body, /aria-label="Mappa schematica di Centro storico nel territorio comunale"/);
  assert.match(res.body, /points="[\d.]+,[\d.]+ [\d.]+,[\d.]+/);
  // The current menu entry is the areas page, not the settings page above it.
  assert.match(res.body, /class="list-item active icon-left" href="\/backoffice\/impostazioni\/aree"/);
});
