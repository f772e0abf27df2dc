import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTestTenant, testApp, testDatabase } from '../../../../test/helpers/context.js';
import { sessionCookieFor } from '../../../../test/helpers/session.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { withTenant } from '../../../platform/db/client.js';
import { csvCell } from '../csv.js';

async function seed(tenantId: string) {
  const database = await testDatabase();
  await withTenant(database, tenantId, async (tx) => {
    const actor = (name: string) => ({ id: null, kind: 'staff', name, ip: '192.0.2.1', requestId: 'req-1' });
    await recordAudit(tx, tenantId, actor('Mario "il Tecnico" Rossi; Ufficio'), {
      action: 'office.updated',
      entity: 'office',
      entityId: 'o-1',
      changes: { name: ['Vecchio', 'Nuovo;\n"citato"'] },
    });
    await recordAudit(tx, tenantId, actor('=HYPERLINK("http://evil")'), {
      action: 'office.created',
      entity: 'office',
      entityId: 'o-2',
      changes: { name: [null, 'Anagrafe'] },
    });
    await recordAudit(tx, tenantId, actor('Lucia Bianchi'), {
      action: 'tenant.settings_updated',
      entity: 'tenant',
      entityId: tenantId,
      changes: { phone: ['', '011 123456'] },
    });
  });
}

test('csv cells: quotes doubled, separators and newlines quoted, formulas defused', () => {
  assert.equal(csvCell('semplice'), 'semplice');
  assert.equal(csvCell('a;b'), '"a;b"');
  assert.equal(csvCell('dice "ciao"'), '"dice ""ciao"""');
  assert.equal(csvCell('riga\naltra'), '"riga\naltra"');
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell(null), '');
});

test('the audit log: executives read it, editors may not, filters narrow it', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  await seed(tenant.id);
  const editor = await sessionCookieFor(tenant, ['editor']);
  const denied = await app.inject({ url: '/backoffice/registro-attivita', headers: editor.headers });
  assert.equal(denied.statusCode, 403);

  const executive = await sessionCookieFor(tenant, ['executive']);
  const all = await app.inject({ url: '/backoffice/registro-attivita', headers: executive.headers });
  assert.equal(all.statusCode, 200);
  assert.match(all.body, /Registro attività/);
  assert.match(all.body, /office\.created/);
  assert.match(all.body, /<details class="audit-details">/);
  // The changes are pretty-printed JSON, escaped.
  assert.match(all.body, /&#34;name&#34;: \[\n\s+&#34;Vecchio&#34;/);

  const byActor = await app.inject({
    url: '/backoffice/registro-attivita?q=lucia',
    headers: executive.headers,
  });
  assert.match(byActor.body, /tenant\.settings_updated/);
  assert.doesNotMatch(byActor.body, /<code>office\.created<\/code>/);

  const byAction = await app.inject({
    url: '/backoffice/registro-attivita?action=office.created&entity=office',
    headers: executive.headers,
  });
  assert.match(byAction.body, /1 risultati/);

  const future = await app.inject({
    url: '/backoffice/registro-attivita?from=2999-01-01',
    headers: executive.headers,
  });
  assert.match(future.body, /Nessun risultato/);

  const wrongRange = await app.inject({
    url: '/backoffice/registro-attivita?from=2025-02-10&to=2025-02-01',
    headers: executive.headers,
  });
  assert.equal(wrongRange.statusCode, 400);
  assert.match(wrongRange.body, /La data finale non può precedere quella iniziale/);

  const notADate = await app.inject({
    url: '/backoffice/registro-attivita?from=2025-02-31',
    headers: executive.headers,
  });
  assert.equal(notADate.statusCode, 400);
  assert.match(notADate.body, /Inserisci una data valida/);
});

test('the audit CSV export keeps the filter and escapes every cell', async () => {
  const { app } = await testApp();
  const tenant = await createTestTenant();
  await seed(tenant.id);
  const admin = await sessionCookieFor(tenant, ['admin']);
  const res = await app.inject({
    url: '/backoffice/registro-attivita?entity=office&sort=at&format=csv',
    headers: admin.headers,
  });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
  assert.match(
    String(res.headers['content-disposition']),
    /attachment; filename="registro-attivita-.+\.csv"/,
  );
  const body = res.rawPayload.toString('utf8');
  assert.ok(body.startsWith('\uFEFF'), 'UTF-8 BOM for Excel');
  const lines = body.slice(1).split('\r\n');
  assert.equal(
    lines[0],
    'Data e ora;Autore;Tipo di autore;Azione;Oggetto;Identificativo oggetto;Modifiche;Indirizzo IP;Codice richiesta',
  );
  assert.doesNotMatch(body, /tenant\.settings_updated/, 'the entity filter applies');
  // Oldest first (sort=at): the quoted name with a separator, then the defused formula.
  assert.match(
    lines[1] ?? '',
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2};"Mario ""il Tecnico"" Rossi; Ufficio";staff;office\.updated;office;o-1;"\{""name"":\[""Vecchio"",""Nuovo;\\n\\""citato\\""""\]\}";192\.0\.2\.1;req-1$/,
  );
  assert.match(lines[2] ?? '', /;"'=HYPERLINK\(""http:\/\/evil""\)";staff;office\.created;/);
});
