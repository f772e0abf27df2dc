import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import { buildApp, MODULES } from '../../src/app.js';
import { createSession, SESSION_COOKIE } from '../../src/modules/identity/index.js';
import { type Database, queryRows, withTenant } from '../../src/platform/db/client.js';
import type { CampanileModule } from '../../src/platform/module.js';
import { createTestTenant, type TestTenant, testContext, testDatabase } from '../helpers/context.js';
import { csrfFor } from '../helpers/staff.js';
import { type FilledTenant, fillTenant, tenantTables } from './tenant-rows.js';

/**
 * Tenant isolation, enumerated rather than listed: every table with a tenant_id column (read from
 * information_schema) and every route the application registers (collected with an onRoute hook), so
 * tables and routes added later are covered without touching this file.
 */

/** Read before any Comune is known (host → tenant look-up): the one table without the policy. */
const UNSCOPED = new Set(['tenant_host']);

interface Pair {
  database: Database;
  a: TestTenant & { rows: FilledTenant };
  b: TestTenant & { rows: FilledTenant };
}

let pair: Promise<Pair> | undefined;

/** Two Comuni with rows in every tenant table; B's texts all carry B's marker. */
function twoTenants(): Promise<Pair> {
  pair ??= (async () => {
    const database = await testDatabase();
    const tag = randomUUID().slice(0, 8).toUpperCase();
    const a = await createTestTenant(database, 'Comune di Alfa');
    const b = await createTestTenant(database, 'Comune di Beta');
    return {
      database,
      a: { ...a, rows: await fillTenant(database, a.id, `ALFAMARK${tag}`) },
      b: { ...b, rows: await fillTenant(database, b.id, `BETAMARK${tag}`) },
    };
  })();
  return pair;
}

function sqlState(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  return undefined;
}

async function count(executor: Parameters<typeof queryRows>[0], query: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(executor, query);
  return Number(row?.n ?? 0);
}

test('row-level security is on and every tenant table has the tenant_isolation policy', async () => {
  const { database } = await twoTenants();
  assert.equal(database.rls, true, 'the database user must be able to create the campanile_app role');
  const tables = await tenantTables(database.db);
  assert.ok(tables.length >= 14, `tenant tables: ${tables.join(', ')}`);
  const policies = await queryRows<{ tablename: string; roles: string[] | string; qual: string }>(
    database.db,
    sql`select tablename, roles, qual from pg_policies where schemaname = 'public' and policyname = 'tenant_isolation'`,
  );
  const covered = new Set(policies.map((p) => p.tablename));
  const missing = [...tables, 'tenant'].filter((t) => !UNSCOPED.has(t) && !covered.has(t));
  assert.deepEqual(missing, [], 'tables without the tenant_isolation policy');
  const enabled = await queryRows<{ relname: string }>(
    database.db,
    sql`select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and relrowsecurity`,
  );
  const rlsOn = new Set(enabled.map((r) => r.relname));
  assert.deepEqual(
    [...tables, 'tenant'].filter((t) => !UNSCOPED.has(t) && !rlsOn.has(t)),
    [],
    'tables with row-level security disabled',
  );
  for (const p of policies) assert.match(p.qual, /app\.tenant_id/, p.tablename);
});

test('inside withTenant(A) every table shows only A: reads, updates, deletes and inserts of B fail', async () => {
  const { database, a, b } = await twoTenants();
  const tables = (await tenantTables(database.db)).filter((t) => !UNSCOPED.has(t));
  const problems: string[] = [];
  const bRowsBefore: Record<string, number> = {};
  for (const table of tables) {
    const t = sql.identifier(table);
    bRowsBefore[table] = await count(
      database.db,
      sql`select count(*) as n from ${t} where tenant_id = ${b.id}`,
    );
    if (bRowsBefore[table] === 0) problems.push(`${table}: the fixture wrote no row for B`);

    const seen = await withTenant(database, a.id, async (tx) => ({
      mine: await count(tx, sql`select count(*) as n from ${t} where tenant_id = ${a.id}`),
      others: await count(tx, sql`select count(*) as n from ${t} where tenant_id <> ${a.id}`),
      unfiltered: await count(tx, sql`select count(*) as n from ${t}`),
    }));
    if (seen.mine === 0) problems.push(`${table}: A cannot see its own rows`);
    if (seen.others !== 0) problems.push(`${table}: A sees ${seen.others} rows of other Comuni`);
    if (seen.unfiltered !== seen.mine)
      problems.push(`${table}: an unfiltered SELECT returns other Comuni's rows`);

    const updated = await withTenant(database, a.id, (tx) =>
      count(
        tx,
        sql`with u as (update ${t} set tenant_id = tenant_id where tenant_id = ${b.id} returning 1) select count(*) as n from u`,
      ),
    );
    if (updated !== 0) problems.push(`${table}: A updated ${updated} rows of B`);
    const deleted = await withTenant(database, a.id, (tx) =>
      count(
        tx,
        sql`with d as (delete from ${t} where tenant_id = ${b.id} returning 1) select count(*) as n from d`,
      ),
    );
    if (deleted !== 0) problems.push(`${table}: A deleted ${deleted} rows of B`);

    // A copy of one of A's rows labelled as B's: the policy's WITH CHECK refuses it before any
    // constraint is looked at, so the error must be the RLS one (42501), not a unique violation.
    const columns = await queryRows<{ attname: string }>(
      database.db,
      sql`select attname from pg_attribute where attrelid = ${`public.${table}`}::regclass
           and attnum > 0 and not attisdropped and attgenerated = '' order by attnum`,
    );
    const names = sql.join(
      columns.map((c) => sql.identifier(c.attname)),
      sql`, `,
    );
    const values = sql.join(
      columns.map((c) => (c.attname === 'tenant_id' ? sql`${b.id}::uuid` : sql.identifier(c.attname))),
      sql`, `,
    );
    const insert = await withTenant(database, a.id, (tx) =>
      tx.execute(
        sql`insert into ${t} (${names}) select ${values} from ${t} where tenant_id = ${a.id} limit 1`,
      ),
    ).then(
      () => 'accepted',
      (err: unknown) => sqlState(err) ?? String(err),
    );
    if (insert !== '42501')
      problems.push(`${table}: inserting a row of B answered ${insert}, expected 42501`);

    const moved = await withTenant(database, a.id, (tx) =>
      tx.execute(sql`update ${t} set tenant_id = ${b.id}::uuid where tenant_id = ${a.id}`),
    ).then(
      () => 'accepted',
      (err: unknown) => sqlState(err) ?? String(err),
    );
    if (moved !== '42501') problems.push(`${table}: moving A's rows to B answered ${moved}, expected 42501`);

    const after = await count(database.db, sql`select count(*) as n from ${t} where tenant_id = ${b.id}`);
    if (after !== bRowsBefore[table])
      problems.push(`${table}: B's rows went from ${bRowsBefore[table]} to ${after}`);
  }
  const tenantsSeen = await withTenant(database, a.id, (tx) =>
    queryRows<{ id: string }>(tx, sql`select id from tenant`),
  );
  assert.deepEqual(
    tenantsSeen.map((r) => r.id),
    [a.id],
    'the tenant table shows A only',
  );
  assert.deepEqual(problems, []);
});

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

interface CollectedRoute {
  method: string;
  url: string;
}

async function appWithRoutes(): Promise<{ app: FastifyInstance; routes: CollectedRoute[] }> {
  const routes: CollectedRoute[] = [];
  const onRoute = (route: RouteOptions) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  };
  const app = await buildApp(await testContext(), { onRoute });
  await app.ready();
  return { app, routes };
}

const PARAM = /:([A-Za-z0-9_]+)(\([^)]*\))?/g;

function paramsOf(url: string): string[] {
  return [...url.matchAll(PARAM)].map((m) => m[1]!);
}

function fill(url: string, values: Record<string, string>): string {
  return url.replace(PARAM, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** Every combination of candidate values for the route's parameters (capped, it is a product). */
function combinations(params: string[], candidates: string[], cap = 2000): Array<Record<string, string>> {
  let out: Array<Record<string, string>> = [{}];
  for (const param of params) {
    out = out.flatMap((partial) => candidates.map((value) => ({ ...partial, [param]: value })));
    if (out.length > cap) out = out.slice(0, cap);
  }
  return out;
}

/** Values that might name B's things in a URL: its uuids, slugs and small numeric ids. */
async function candidatesOf(
  database: Database,
  tenant: TestTenant & { rows: FilledTenant },
): Promise<string[]> {
  const numeric = new Set<string>(['1']);
  for (const table of await tenantTables(database.db)) {
    const [hasId] = await queryRows<{ type: string }>(
      database.db,
      sql`select format_type(atttypid, atttypmod) as type from pg_attribute
           where attrelid = ${`public.${table}`}::regclass and attname = 'id'`,
    );
    if (!hasId || !/int/.test(hasId.type)) continue;
    const rows = await queryRows<{ id: string }>(
      database.db,
      sql`select id::text as id from ${sql.identifier(table)} where tenant_id = ${tenant.id}`,
    );
    for (const r of rows) numeric.add(r.id);
  }
  return [...new Set([...tenant.rows.uuids, tenant.id, ...tenant.rows.slugs, ...numeric])];
}

function leaks(res: LightMyRequestResponse, b: Pair['b']): boolean {
  const body = res.body.toLowerCase();
  return body.includes(b.rows.marker.toLowerCase());
}

interface ProbeResult {
  leaked: string[];
  requests: number;
  /** Parameterised GET routes that showed A's own data when given A's ids. */
  ownHits: number;
  parameterised: number;
}

/**
 * GETs every route on A's host as A's admin, A's citizen and anonymously, with every parameter set to
 * each of B's ids (uuids, slugs, numeric ids); reports any response that contains B's marker.
 */
async function probeGetRoutes(app: FastifyInstance, routes: CollectedRoute[], p: Pair): Promise<ProbeResult> {
  const { database, a, b } = p;
  const gets = routes.filter((r) => r.method === 'GET' && !r.url.includes('*'));
  const admin = await createSession(database, { tenantId: a.id, staffUserId: a.rows.staffUserId });
  const citizen = await createSession(database, { tenantId: a.id, citizenId: a.rows.citizenId });
  const callers = {
    admin: `${SESSION_COOKIE}=${admin.token}`,
    citizen: `${SESSION_COOKIE}=${citizen.token}`,
    anonymous: '',
  };
  const bValues = await candidatesOf(database, b);
  const aValues = await candidatesOf(database, a);
  const result: ProbeResult = { leaked: [], requests: 0, ownHits: 0, parameterised: 0 };
  for (const route of gets) {
    const params = paramsOf(route.url);
    if (params.length) result.parameterised++;
    const urls = params.length ? combinations(params, bValues).map((v) => fill(route.url, v)) : [route.url];
    for (const [who, cookie] of Object.entries(callers)) {
      for (const url of urls) {
        const res = await app.inject({
          method: 'GET',
          url,
          headers: { host: a.host, ...(cookie ? { cookie } : {}) },
        });
        result.requests++;
        if (leaks(res, b)) result.leaked.push(`${who} GET ${url} → ${res.statusCode}`);
      }
    }
    // Positive control: the same route with A's own ids reaches A's data, so the loop above really
    // exercised the handlers behind the parameters.
    if (params.length)
      for (const values of combinations(params, aValues, 200)) {
        const res = await app.inject({
          method: 'GET',
          url: fill(route.url, values),
          headers: { host: a.host, cookie: callers.admin },
        });
        if (res.statusCode === 200 && res.body.includes(a.rows.marker)) {
          result.ownHits++;
          break;
        }
      }
  }
  return result;
}

test('over HTTP, A staff and citizens never see B data through any route, whatever ids they put in URLs', async (t) => {
  const p = await twoTenants();
  const { app, routes } = await appWithRoutes();
  try {
    const gets = routes.filter((r) => r.method === 'GET');
    assert.ok(gets.length >= 10, `only ${gets.length} GET routes collected`);
    const result = await probeGetRoutes(app, routes, p);
    t.diagnostic(
      `${gets.length} GET routes, ${result.parameterised} with parameters (${result.ownHits} showed A's own data with A's ids), ${result.requests} requests`,
    );
    assert.deepEqual(result.leaked, [], "B's data reached A's host");
    if (result.parameterised)
      assert.ok(result.ownHits > 0, "no parameterised route ever showed A's own data");
  } finally {
    await app.close();
  }
});

test('the probe catches a route that forgets the tenant (self-test of the harness)', async () => {
  const p = await twoTenants();
  const leaky: CampanileModule = {
    name: 'leaky',
    routes: (app, ctx) => {
      // Deliberately wrong: owner connection, no withTenant, no tenant filter.
      app.get('/leaky/uffici/:id', async (request) => {
        const { id } = request.params as { id: string };
        const rows = await queryRows<{ name: string }>(
          ctx.database.db,
          sql`select name from office where id::text = ${id}`,
        );
        return { names: rows.map((r) => r.name) };
      });
    },
  };
  const routes: CollectedRoute[] = [];
  const app = await buildApp(await testContext(), {
    modules: [...MODULES, leaky],
    onRoute: (route) => {
      if (route.url.startsWith('/leaky/')) routes.push({ method: 'GET', url: route.url });
    },
  });
  try {
    await app.ready();
    const result = await probeGetRoutes(app, routes, p);
    assert.ok(
      result.leaked.some((l) => l.includes(`/leaky/uffici/${p.b.rows.officeId}`)),
      JSON.stringify(result),
    );
  } finally {
    await app.close();
  }
});

test("over HTTP, POSTs carrying B's ids on A's host change nothing of B", async (t) => {
  const { database, a, b } = await twoTenants();
  const { app, routes } = await appWithRoutes();
  try {
    const digest = async () => {
      const out: Record<string, string> = {};
      for (const table of await tenantTables(database.db)) {
        const [row] = await queryRows<{ d: string }>(
          database.db,
          sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d
                from ${sql.identifier(table)} t where tenant_id = ${b.id}`,
        );
        out[table] = row?.d ?? '';
      }
      return out;
    };
    const before = await digest();
    // A separate admin of A, so nothing this test does can end the session the GET test uses.
    const admin = await createSession(database, { tenantId: a.id, staffUserId: a.rows.staffUserId });
    const { token, cookie } = await csrfFor(app, a, `${SESSION_COOKIE}=${admin.token}`);
    const bValues = (await candidatesOf(database, b)).filter((v) => /^[0-9a-f-]{36}$/.test(v));
    const posts = routes.filter((r) => r.method === 'POST' && paramsOf(r.url).length > 0);
    const statuses = new Map<number, number>();
    for (const route of posts) {
      for (const values of combinations(paramsOf(route.url), bValues, 400)) {
        const res = await app.inject({
          method: 'POST',
          url: fill(route.url, values),
          headers: {
            host: a.host,
            cookie,
            'content-type': 'application/x-www-form-urlencoded',
          },
          payload: new URLSearchParams({ _csrf: token, confirm: '1', reason: 'x' }).toString(),
        });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        assert.equal(leaks(res, b), false, `POST ${route.url} showed B's data`);
      }
    }
    t.diagnostic(
      `${posts.length} POST routes with parameters; answers by status: ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    assert.deepEqual(await digest(), before, `B's rows changed (statuses: ${JSON.stringify([...statuses])})`);
  } finally {
    await app.close();
  }
});

test("a session of B is anonymous on A's host", async () => {
  const { database, a, b } = await twoTenants();
  const { app } = await appWithRoutes();
  try {
    const staff = await createSession(database, { tenantId: b.id, staffUserId: b.rows.staffUserId });
    const citizen = await createSession(database, { tenantId: b.id, citizenId: b.rows.citizenId });
    for (const [url, token] of [
      ['/backoffice', staff.token],
      ['/backoffice/account', staff.token],
      ['/area-personale', citizen.token],
      ['/area-personale/dati.json', citizen.token],
    ] as const) {
      const anonymous = await app.inject({ url, headers: { host: a.host } });
      const withB = await app.inject({
        url,
        headers: { host: a.host, cookie: `${SESSION_COOKIE}=${token}` },
      });
      assert.notEqual(withB.statusCode, 200, `${url} with B's session`);
      assert.equal(withB.statusCode, anonymous.statusCode, url);
      assert.equal(withB.headers.location, anonymous.headers.location, url);
      assert.equal(leaks(withB, b), false, url);
      // …and the same cookie on B's own host works, so the check above is not vacuous.
      const home = await app.inject({ url, headers: { host: b.host, cookie: `${SESSION_COOKIE}=${token}` } });
      assert.equal(home.statusCode, 200, `${url} on B's host`);
    }
  } finally {
    await app.close();
  }
});
