import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createTestTenant, type TestTenant, testApp } from '../../../../test/helpers/context.js';
import { createStaffUser, loginAs, postForm } from '../../../../test/helpers/staff.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { withTenant } from '../../../platform/db/client.js';
import { offices } from '../../offices/schema.js';
import { DEMO_SERVICES, seedServicesDemo } from '../demo.js';
import { serviceCategories, services } from '../schema.js';

let tenant: TestTenant;
let app: FastifyInstance;

const get = (url: string, cookie?: string) =>
  app.inject({ method: 'GET', url, headers: { host: tenant.host, ...(cookie ? { cookie } : {}) } });

async function loginWith(role: 'admin' | 'editor' | 'office_operator' | 'urp_operator'): Promise<string> {
  const staff = await createStaffUser(tenant, { roles: [role] });
  return loginAs(app, tenant, staff.email, staff.password);
}

async function audits(action: string, entityId?: string) {
  const { ctx } = await testApp();
  return withTenant(ctx.database, tenant.id, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.tenantId, tenant.id),
          eq(auditLog.action, action),
          ...(entityId ? [eq(auditLog.entityId, entityId)] : []),
        ),
      ),
  );
}

async function serviceBySlug(slug: string) {
  const { ctx } = await testApp();
  const [row] = await withTenant(ctx.database, tenant.id, (tx) =>
    tx
      .select()
      .from(services)
      .where(and(eq(services.tenantId, tenant.id), eq(services.slug, slug))),
  );
  return row;
}

/** Titles of the rows of the back-office list, in order. */
const titlesIn = (html: string) =>
  [...html.matchAll(/<td><a href="[^"]*"[^>]*>([^<]*)<\/a><\/td>/g)].map((m) => m[1] ?? '');

let categoryId = '';
let officeId = '';

function newService(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: 'Richiedere il rimborso della TARI',
    slug: '',
    summary: 'Rimborso di quanto pagato in più per la tassa sui rifiuti.',
    categoryId,
    officeId,
    topics: ['Tassa sui servizi', 'Gestione rifiuti'],
    status: 'active',
    statusReason: '',
    audience: 'Chi ha pagato la TARI più del dovuto.',
    description: 'Il Comune restituisce le somme versate e non dovute.',
    howTo: 'Compila la domanda e inviala all’ufficio tributi.\n- Online\n- Allo sportello',
    needed: 'Le ricevute dei pagamenti.',
    outcome: 'Il rimborso sul conto corrente.',
    times: 'Entro 180 giorni dalla domanda.',
    cost: 'Gratuito.',
    access: 'Online o allo sportello.',
    onlineUrl: 'https://pagopa.example.org/tari',
    conditions: 'Domanda entro 5 anni dal pagamento.',
    contacts: 'tributi@example.org',
    furtherInfo: 'Regolamento TARI, articolo 20.',
    ...overrides,
  };
}

describe('services back office', () => {
  before(async () => {
    const test = await testApp();
    app = test.app;
    tenant = await createTestTenant(test.ctx.database, 'Comune di Catalogo');
    const slugs = [...new Set(DEMO_SERVICES.map((s) => s.office))];
    await withTenant(test.ctx.database, tenant.id, async (tx) => {
      await tx
        .insert(offices)
        .values(slugs.map((slug) => ({ tenantId: tenant.id, slug, name: `Ufficio ${slug}` })));
      await seedServicesDemo(tx, tenant.id, tenant.name);
      const [cat] = await tx
        .select()
        .from(serviceCategories)
        .where(
          and(
            eq(serviceCategories.tenantId, tenant.id),
            eq(serviceCategories.slug, 'tributi-finanze-e-contravvenzioni'),
          ),
        );
      const [office] = await tx
        .select()
        .from(offices)
        .where(and(eq(offices.tenantId, tenant.id), eq(offices.slug, 'tributi')));
      categoryId = cat?.id ?? '';
      officeId = office?.id ?? '';
    });
    assert.ok(categoryId && officeId, 'demo category and office exist');
  });

  test('every role answering citizens reads the list filtered by text, category and status; visitors are sent to login', async () => {
    for (const role of ['editor', 'office_operator', 'urp_operator'] as const) {
      const cookie = await loginWith(role);
      const res = await get(
        '/backoffice/servizi?q=residenza&categoria=anagrafe-e-stato-civile&stato=active',
        cookie,
      );
      assert.equal(res.statusCode, 200, role);
      const titles = titlesIn(res.body);
      assert.ok(titles.includes('Cambio di residenza'), role);
      assert.ok(titles.length < 5, `${role}: the text filter narrows the list`);
      const other = await get('/backoffice/servizi?q=residenza&categoria=educazione-e-formazione', cookie);
      assert.match(other.body, /Nessun servizio corrisponde ai filtri/, `${role}: category filter`);
      const none = await get('/backoffice/servizi?stato=inactive', cookie);
      assert.match(none.body, /Nessun servizio corrisponde ai filtri/, `${role}: status filter`);
    }
    const anonymous = await get('/backoffice/servizi');
    assert.equal(anonymous.statusCode, 303);
  });

  test('the list pages 20 at a time and sorts by title, category, status and update, both ways', async () => {
    const cookie = await loginWith('editor');
    const first = await get('/backoffice/servizi', cookie);
    const page1 = titlesIn(first.body);
    assert.equal(page1.length, 20);
    const total = DEMO_SERVICES.length;
    assert.ok(total >= 30);
    assert.ok(first.body.includes(`${total} risultati`));
    assert.match(first.body, /href="\/backoffice\/servizi\?page=2"/);
    const page2 = titlesIn((await get('/backoffice/servizi?page=2', cookie)).body);
    assert.equal(page2.length, total - 20);
    const all = [...page1, ...page2];
    assert.equal(new Set(all).size, total, 'no service twice across pages');
    assert.ok(all.indexOf('Cambio di residenza') < all.indexOf('Pagare la TARI'), 'by title by default');
    const desc = [
      ...titlesIn((await get('/backoffice/servizi?sort=-title', cookie)).body),
      ...titlesIn((await get('/backoffice/servizi?sort=-title&page=2', cookie)).body),
    ];
    assert.deepEqual(desc, [...all].reverse(), 'descending is the reverse order');
    const byCategory = await get('/backoffice/servizi?sort=category', cookie);
    assert.match(byCategory.body, /aria-sort="ascending"/);
    // Anagrafe e stato civile is the first category of the national order.
    assert.match(/<tbody>[\s\S]*?<\/tr>/.exec(byCategory.body)?.[0] ?? '', /Anagrafe e stato civile/);
    for (const sort of ['status', '-status', 'updatedAt', '-updatedAt', '-category'])
      assert.equal((await get(`/backoffice/servizi?sort=${sort}`, cookie)).statusCode, 200, sort);
    assert.equal((await get('/backoffice/servizi?sort=password', cookie)).statusCode, 400);
  });

  test('an editor creates a service: errors in Italian keep the typed values; the new scheda is audited and on the portal at once', async () => {
    const cookie = await loginWith('editor');
    const form = await get('/backoffice/servizi/nuovo', cookie);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="topics" value="Tassa sui servizi"/);

    const bad = await postForm(
      app,
      tenant,
      cookie,
      '/backoffice/servizi/nuovo',
      newService({
        howTo: '',
        topics: [],
        status: 'inactive',
        onlineUrl: 'javascript:alert(1)',
        slug: 'Non Valido',
        categoryId: '',
      }),
      '/backoffice/servizi/nuovo',
    );
    assert.equal(bad.statusCode, 400);
    for (const message of [
      'Scrivi almeno 3 caratteri.',
      'Scegli almeno un argomento.',
      'Indica perché il servizio non è attivo.',
      'Indica un indirizzo che inizia con https://',
      'Usa solo lettere minuscole',
      'Scegli una categoria dell’elenco.',
    ])
      assert.ok(bad.body.includes(message), message);
    assert.match(bad.body, /value="Richiedere il rimborso della TARI"/, 'typed title kept');
    assert.match(bad.body, /Il rimborso sul conto corrente\./, 'typed section kept');
    assert.equal(await serviceBySlug('richiedere-il-rimborso-della-tari'), undefined);

    const taken = await postForm(
      app,
      tenant,
      cookie,
      '/backoffice/servizi/nuovo',
      newService({ slug: 'cambio-di-residenza' }),
      '/backoffice/servizi/nuovo',
    );
    assert.equal(taken.statusCode, 400);
    assert.match(taken.body, /Esiste già un servizio con questo indirizzo/);

    const ok = await postForm(
      app,
      tenant,
      cookie,
      '/backoffice/servizi/nuovo',
      newService(),
      '/backoffice/servizi/nuovo',
    );
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/backoffice/servizi?ok=created');
    assert.match((await get(String(ok.headers.location), cookie)).body, /Servizio creato\./);
    const row = await serviceBySlug('richiedere-il-rimborso-della-tari');
    assert.ok(row, 'slug derived from the title');
    assert.deepEqual(row.topics, ['Tassa sui servizi', 'Gestione rifiuti']);
    assert.equal(row.officeId, officeId);
    const created = await audits('service.created', row.id);
    assert.equal(created.length, 1);
    assert.deepEqual((created[0]?.changes as Record<string, unknown> | undefined)?.title, [
      null,
      'Richiedere il rimborso della TARI',
    ]);

    const portal = await get('/servizi/richiedere-il-rimborso-della-tari');
    assert.equal(portal.statusCode, 200);
    assert.match(portal.body, /Il rimborso sul conto corrente\./);
    assert.match(portal.body, /<li>Allo sportello<\/li>/);
    assert.match(
      portal.body,
      /href="https:\/\/pagopa\.example\.org\/tari" data-element="service-online-access"/,
    );
    assert.match(portal.body, /href="\/argomenti\/tassa-sui-servizi" data-element="service-topic"/);
    assert.match(portal.body, /Regolamento TARI, articolo 20\./);
    assert.match((await get('/servizi')).body, /href="\/servizi\/richiedere-il-rimborso-della-tari"/);
  });

  test('an editor changes every field of a scheda: audited, shown at once; an unchanged save writes nothing', async () => {
    const cookie = await loginWith('editor');
    const before = await serviceBySlug('iscrizione-biblioteca');
    assert.ok(before);
    const url = `/backoffice/servizi/${before.id}/modifica`;
    const page = await get(url, cookie);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`value="${before.title}"`));

    const bad = await postForm(
      app,
      tenant,
      cookie,
      url,
      newService({ title: 'Bi', status: 'inactive' }),
      url,
    );
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Titolo: Scrivi almeno 3 caratteri\./);
    assert.match(bad.body, /Motivo della sospensione: Indica perché il servizio non è attivo\./);
    assert.equal((await serviceBySlug('iscrizione-biblioteca'))?.title, before.title, 'nothing saved');

    const fields = newService({
      title: 'Iscriversi alla biblioteca civica',
      slug: 'biblioteca-civica',
      status: 'inactive',
      statusReason: 'Biblioteca chiusa per lavori fino a marzo.',
    });
    const ok = await postForm(app, tenant, cookie, url, fields, url);
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/backoffice/servizi?ok=saved');
    const after = await serviceBySlug('biblioteca-civica');
    assert.ok(after);
    assert.equal(after.id, before.id);
    for (const key of [
      'summary',
      'audience',
      'description',
      'needed',
      'outcome',
      'times',
      'cost',
      'access',
      'conditions',
      'contacts',
      'furtherInfo',
      'onlineUrl',
      'statusReason',
    ] as const)
      assert.equal(after[key], fields[key], key);
    assert.equal(after.status, 'inactive');
    assert.equal(after.categoryId, categoryId);
    const updated = await audits('service.updated', before.id);
    assert.equal(updated.length, 1);
    const changes = updated[0]?.changes as Record<string, [unknown, unknown]>;
    assert.deepEqual(changes.slug, ['iscrizione-biblioteca', 'biblioteca-civica']);
    assert.deepEqual(changes.status, ['active', 'inactive']);

    const portal = await get('/servizi/biblioteca-civica');
    assert.match(portal.body, /Servizio non attivo/);
    assert.match(portal.body, /Biblioteca chiusa per lavori fino a marzo\./);
    assert.equal((await get('/servizi/iscrizione-biblioteca')).statusCode, 404);

    const again = await postForm(app, tenant, cookie, url, fields, url);
    assert.equal(again.headers.location, '/backoffice/servizi?ok=unchanged');
    assert.equal((await audits('service.updated', before.id)).length, 1, 'no audit row without a change');
  });

  test('the form sends an empty topics entry, so unticking every topic is refused; a request leaving fields out keeps them; the slug names a service too', async () => {
    const cookie = await loginWith('editor');
    const row = await serviceBySlug('tessera-elettorale');
    assert.ok(row);
    const url = `/backoffice/servizi/${row.id}/modifica`;
    const page = await get(url, cookie);
    assert.match(page.body, /<input type="hidden" name="topics" value=""\/>/);
    const untick = await postForm(app, tenant, cookie, url, { ...newService(), topics: [''] }, url);
    assert.equal(untick.statusCode, 400);
    assert.match(untick.body, /Scegli almeno un argomento\./);

    const bySlug = '/backoffice/servizi/tessera-elettorale/modifica';
    assert.equal((await get(bySlug, cookie)).statusCode, 200);
    const partial = await postForm(
      app,
      tenant,
      cookie,
      bySlug,
      { title: 'Tessera elettorale: duplicato' },
      bySlug,
    );
    assert.equal(partial.statusCode, 303);
    const after = await serviceBySlug('tessera-elettorale');
    assert.equal(after?.title, 'Tessera elettorale: duplicato');
    assert.deepEqual(after?.topics, row.topics);
    assert.equal(after?.howTo, row.howTo);
    assert.equal(after?.categoryId, row.categoryId);
  });

  test('deleting asks for confirmation, then removes the scheda with an audit row', async () => {
    const cookie = await loginWith('admin');
    const row = await serviceBySlug('orti-urbani');
    assert.ok(row);
    const confirm = await get(`/backoffice/servizi/${row.id}/elimina`, cookie);
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Eliminare «Assegnazione di un orto urbano»\?/);
    assert.ok(await serviceBySlug('orti-urbani'), 'the confirmation page deletes nothing');
    const res = await postForm(
      app,
      tenant,
      cookie,
      `/backoffice/servizi/${row.id}/elimina`,
      {},
      `/backoffice/servizi/${row.id}/elimina`,
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/backoffice/servizi?ok=deleted');
    assert.equal(await serviceBySlug('orti-urbani'), undefined);
    const deleted = await audits('service.deleted', row.id);
    assert.equal(deleted.length, 1);
    assert.deepEqual((deleted[0]?.changes as Record<string, unknown> | undefined)?.title, [
      'Assegnazione di un orto urbano',
      null,
    ]);
    assert.equal((await get('/servizi/orti-urbani')).statusCode, 404);
    const again = await postForm(
      app,
      tenant,
      cookie,
      `/backoffice/servizi/${row.id}/elimina`,
      {},
      '/backoffice/servizi',
    );
    assert.equal(again.statusCode, 404);
  });

  test('office and URP operators may read but not create, edit or delete (policy services.manage)', async () => {
    const row = await serviceBySlug('cambio-di-residenza');
    assert.ok(row);
    for (const role of ['office_operator', 'urp_operator'] as const) {
      const cookie = await loginWith(role);
      const list = await get('/backoffice/servizi', cookie);
      assert.doesNotMatch(list.body, /href="\/backoffice\/servizi\/nuovo"/, role);
      assert.doesNotMatch(list.body, /\/modifica"/, role);
      for (const url of [
        '/backoffice/servizi/nuovo',
        `/backoffice/servizi/${row.id}/modifica`,
        `/backoffice/servizi/${row.id}/elimina`,
      ])
        assert.equal((await get(url, cookie)).statusCode, 403, `${role} GET ${url}`);
      const posts: Array<[string, Record<string, string | string[]>]> = [
        ['/backoffice/servizi/nuovo', newService({ title: 'Servizio abusivo', slug: 'abusivo' })],
        [`/backoffice/servizi/${row.id}/modifica`, newService({ title: 'Titolo abusivo' })],
        [`/backoffice/servizi/${row.id}/elimina`, {}],
      ];
      for (const [target, body] of posts) {
        const res = await postForm(app, tenant, cookie, target, body, '/backoffice/account');
        assert.equal(res.statusCode, 403, `${role} POST ${target}`);
      }
    }
    const still = await serviceBySlug('cambio-di-residenza');
    assert.equal(still?.title, 'Cambio di residenza');
    assert.equal(await serviceBySlug('abusivo'), undefined);
  });

  test('the back office speaks English and German too', async () => {
    const cookie = await loginWith('editor');
    assert.match((await get('/backoffice/servizi?lang=en', cookie)).body, /Service catalogue/);
    assert.match((await get('/backoffice/servizi/nuovo?lang=de', cookie)).body, /Neue Dienstleistung/);
  });
});
