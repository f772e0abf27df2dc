import { sql } from 'drizzle-orm';
import { APP_ROLE, type Database, queryRows } from './client.js';

/** Tables that hold no tenant data or are read before a tenant is known. */
const UNSCOPED = new Set(['tenant_host']);

/**
 * Makes row-level security an invariant of the schema instead of a line each migration must remember:
 * after every migration, each table with a `tenant_id` column (and `tenant` itself, keyed on `id`) gets
 * RLS enabled and one policy comparing the row with the transaction's `app.tenant_id`. The policies bind
 * the unprivileged role that tenant transactions switch to; the owner (migrations, tenant lookup by host,
 * the job queue) is not bound. Returns false when the role cannot be created (no CREATEROLE): the app
 * then still filters every query by tenant but the database does not enforce it.
 */
export async function ensureRowLevelSecurity(database: Database): Promise<boolean> {
  const { db } = database;
  const [can] = await queryRows<{ ok: boolean; exists: boolean }>(
    db,
    sql`select (select rolsuper or rolcreaterole from pg_roles where rolname = current_user) as ok,
               exists (select 1 from pg_roles where rolname = ${APP_ROLE}) as exists`,
  );
  if (!can?.exists) {
    if (!can?.ok) return false;
    await db.execute(sql.raw(`CREATE ROLE ${APP_ROLE} NOLOGIN`));
  }
  await db.execute(sql.raw(`GRANT ${APP_ROLE} TO current_user`)).catch(() => {});
  for (const grant of [
    `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${APP_ROLE}`,
  ]) {
    await db.execute(sql.raw(grant));
  }
  const tables = await queryRows<{ table_name: string; column_name: string }>(
    db,
    sql`select c.table_name, c.column_name from information_schema.columns c
         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
          and (c.column_name = 'tenant_id' or (c.table_name = 'tenant' and c.column_name = 'id'))`,
  );
  const policies = new Set(
    (
      await queryRows<{ tablename: string }>(
        db,
        sql`select tablename from pg_policies where schemaname = 'public' and policyname = 'tenant_isolation'`,
      )
    ).map((p) => p.tablename),
  );
  for (const { table_name: table, column_name: column } of tables) {
    if (UNSCOPED.has(table) || policies.has(table)) continue;
    const scope = `"${column}" = nullif(current_setting('app.tenant_id', true), '')::uuid`;
    await db.execute(sql.raw(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`));
    await db.execute(
      sql.raw(
        `CREATE POLICY tenant_isolation ON "${table}" TO ${APP_ROLE} USING (${scope}) WITH CHECK (${scope})`,
      ),
    );
  }
  return true;
}
