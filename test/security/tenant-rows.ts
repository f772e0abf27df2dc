import { randomBytes, randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../src/platform/audit/schema.js';
import { type Database, type Executor, queryRows, withTenant } from '../../src/platform/db/client.js';
import { outbox } from '../../src/platform/outbox/schema.js';

/**
 * Rows in every tenant table for one Comune, for tests that must prove data stays where it belongs
 * (row-level security, HTTP isolation, backups). Known tables get meaningful rows; any table added
 * later gets a synthesised one (NOT NULL columns filled by type, foreign keys pointed at this tenant's
 * rows), so a new table is covered without editing this file. Every text the rows carry contains
 * `marker`, so a response body that leaks this tenant's data is caught by searching for it.
 */

/** Base tables of the public schema with a tenant_id column (what RLS must cover). */
export async function tenantTables(executor: Executor): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    executor,
    sql`select c.table_name from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
         where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.column_name = 'tenant_id'
         order by c.table_name`,
  );
  return rows.map((r) => r.table_name);
}

export interface FilledTenant {
  tenantId: string;
  marker: string;
  /** Every uuid value in this tenant's rows (ids and references), for guessing route parameters. */
  uuids: string[];
  /** Every slug in this tenant's rows. */
  slugs: string[];
  /** The people and places by id, for targeted assertions. */
  officeId: string;
  staffUserId: string;
  citizenId: string;
  areaId: string;
  /** Tables that got a synthesised row (not yet known to this file). */
  synthesised: string[];
}

/**
 * Writes one or more rows in every tenant table for `tenantId`, inside withTenant (so on PostgreSQL the
 * inserts pass the policies' WITH CHECK). `marker` should be unique and unlikely to appear by chance.
 */
export async function fillTenant(
  database: Database,
  tenantId: string,
  marker: string,
): Promise<FilledTenant> {
  const slug = marker.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const result = await withTenant(database, tenantId, async (tx) => {
    const one = async <T>(query: Promise<T[]>): Promise<T> => {
      const [row] = await query;
      if (!row) throw new Error('insert returned nothing');
      return row;
    };
    const area = await one(
      queryRows<{ id: string }>(
        tx,
        sql`insert into area (tenant_id, slug, name, kind, residents, boundary)
            values (${tenantId}, ${`frazione-${slug}`}, ${`Frazione ${marker}`}, 'frazione', 10,
                    polygon '((7.6,44.8),(7.7,44.8),(7.7,44.9),(7.6,44.9))')
            returning id`,
      ),
    );
    const office = await one(
      queryRows<{ id: string }>(
        tx,
        sql`insert into office (tenant_id, slug, name, description, email, phone, address, area_id)
            values (${tenantId}, ${`ufficio-${slug}`}, ${`Ufficio ${marker}`}, ${`Descrizione ${marker}`},
                    ${`ufficio-${slug}@comune.test`}, '+39 011 000 0000', ${`Via ${marker} 1`}, ${area.id})
            returning id`,
      ),
    );
    await tx.execute(
      sql`insert into office_hours (tenant_id, office_id, weekday, opens, closes)
          values (${tenantId}, ${office.id}, 1, '09:00', '12:00'), (${tenantId}, ${office.id}, 3, '14:00', '16:30')`,
    );
    const staff = await one(
      queryRows<{ id: string }>(
        tx,
        sql`insert into staff_user (tenant_id, email, full_name, roles, company, phone)
            values (${tenantId}, ${`persona-${slug}@comune.test`}, ${`Persona ${marker}`}, array['admin','urp_operator'],
                    ${`Ditta ${marker}`}, '+39 011 000 0001')
            returning id`,
      ),
    );
    await tx.execute(
      sql`insert into office_member (tenant_id, office_id, staff_user_id) values (${tenantId}, ${office.id}, ${staff.id})`,
    );
    const citizen = await one(
      queryRows<{ id: string }>(
        tx,
        sql`insert into citizen (tenant_id, fiscal_code, given_name, family_name, email, phone)
            values (${tenantId}, ${randomBytes(8).toString('hex').toUpperCase()}, ${`Nome ${marker}`},
                    ${`Cognome ${marker}`}, ${`cittadino-${slug}@example.test`}, '+39 333 000 0000')
            returning id`,
      ),
    );
    const expires = new Date(Date.now() + 3600_000).toISOString();
    await tx.execute(
      sql`insert into session (tenant_id, token_hash, staff_user_id, citizen_id, ip, user_agent, expires_at)
          values (${tenantId}, ${randomBytes(32).toString('hex')}, ${staff.id}, null, '10.0.0.1', ${`UA ${marker}`}, ${expires}),
                 (${tenantId}, ${randomBytes(32).toString('hex')}, null, ${citizen.id}, '10.0.0.2', ${`UA ${marker}`}, ${expires})`,
    );
    await tx.execute(
      sql`insert into privacy_notice (tenant_id, version, title, body)
          values (${tenantId}, 1, ${`Informativa ${marker}`}, ${`Testo dell'informativa ${marker}.`})`,
    );
    await tx.execute(
      sql`insert into consent (tenant_id, citizen_id, purpose, notice_version, granted)
          values (${tenantId}, ${citizen.id}, 'privacy_notice', 1, true), (${tenantId}, ${citizen.id}, 'newsletter', 1, true)`,
    );
    await tx.execute(
      sql`insert into erasure_request (tenant_id, citizen_id, status, reason)
          values (${tenantId}, ${citizen.id}, 'pending', ${`Motivo ${marker}`})`,
    );
    await tx.execute(
      sql`insert into retention_policy (tenant_id, data_kind, days) values (${tenantId}, 'sessions_expired', 45)`,
    );
    await tx.insert(auditLog).values({
      tenantId,
      actorId: staff.id,
      actorKind: 'staff',
      actorName: `Persona ${marker}`,
      action: 'office.updated',
      entity: 'office',
      entityId: office.id,
      changes: { name: [`Vecchio ${marker}`, `Ufficio ${marker}`] },
    });
    // Already dispatched, so no test's outbox dispatcher ever picks it up.
    await tx.insert(outbox).values({
      tenantId,
      type: 'test.isolation',
      payload: { marker },
      dispatchedAt: new Date(),
    });
    await tx.execute(
      sql`insert into tenant_setting (tenant_id, key, value) values (${tenantId}, ${`test.${slug}`}, ${JSON.stringify({ marker })}::jsonb)`,
    );

    // Segnalazioni: a follower must name a citizen or an e-mail (a check the synthesiser cannot guess).
    const report = await one(
      queryRows<{ id: string }>(
        tx,
        sql`with c as (insert into report_category (tenant_id, slug, name, service_code, description, office_id)
                       values (${tenantId}, ${`strade-${slug}`}, ${`Strade ${marker}`}, ${`strade-${slug}`}, ${`Buche ${marker}`}, ${office.id})
                       returning id),
                 s as (insert into report_status (tenant_id, slug, name, initial)
                       values (${tenantId}, ${`nuova-${slug}`}, ${`Nuova ${marker}`}, true) returning id)
            insert into report (tenant_id, number, category_id, status_id, location, address, area_id, description,
                                citizen_id, contact_name, contact_email, contact_phone, office_id, idempotency_key)
            select ${tenantId}, 1, c.id, s.id, point(7.65, 44.85), ${`Via ${marker} 3`}, ${area.id},
                   ${`Buca ${marker}`}, ${citizen.id}, ${`Nome ${marker}`}, ${`segnala-${slug}@example.test`},
                   '+39 333 000 0002', ${office.id}, ${`key-${slug}`}
              from c, s
            returning id`,
      ),
    );
    await tx.execute(
      sql`insert into report_update (tenant_id, report_id, public, author_staff_id, text)
          values (${tenantId}, ${report.id}, true, ${staff.id}, ${`Presa in carico ${marker}`})`,
    );
    await tx.execute(
      sql`insert into report_follower (tenant_id, report_id, citizen_id, email)
          values (${tenantId}, ${report.id}, ${citizen.id}, null), (${tenantId}, ${report.id}, null, ${`segue-${slug}@example.test`})`,
    );

    const synthesised = await synthesiseMissing(tx, tenantId, marker);
    return {
      officeId: office.id,
      staffUserId: staff.id,
      citizenId: citizen.id,
      areaId: area.id,
      synthesised,
    };
  });

  const uuids = new Set<string>();
  const slugs = new Set<string>();
  for (const table of await tenantTables(database.db)) {
    const columns = await columnsOf(database.db, table);
    const wanted = columns.filter((c) => c.type === 'uuid' || c.name === 'slug').map((c) => c.name);
    if (!wanted.length) continue;
    const list = sql.join(
      wanted.map((c) => sql.identifier(c)),
      sql`, `,
    );
    const rows = await queryRows<Record<string, string | null>>(
      database.db,
      sql`select ${list} from ${sql.identifier(table)} where tenant_id = ${tenantId}`,
    );
    for (const row of rows)
      for (const [name, value] of Object.entries(row)) {
        if (!value) continue;
        if (name === 'slug') slugs.add(value);
        else uuids.add(value);
      }
  }
  return { tenantId, marker, uuids: [...uuids], slugs: [...slugs], ...result };
}

interface Column {
  name: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
}

async function columnsOf(executor: Executor, table: string): Promise<Column[]> {
  const rows = await queryRows<{ name: string; type: string; not_null: boolean; has_default: boolean }>(
    executor,
    sql`select attname as name, format_type(atttypid, atttypmod) as type, attnotnull as not_null,
               (atthasdef or attidentity <> '' or attgenerated <> '') as has_default
          from pg_attribute
         where attrelid = ${`public.${table}`}::regclass and attnum > 0 and not attisdropped
         order by attnum`,
  );
  return rows.map((r) => ({ name: r.name, type: r.type, notNull: r.not_null, hasDefault: r.has_default }));
}

async function foreignKeysOf(
  executor: Executor,
  table: string,
): Promise<Array<{ column: string; refTable: string; refColumn: string }>> {
  return queryRows(
    executor,
    sql`select att.attname as "column", ref.relname as "refTable", refatt.attname as "refColumn"
          from pg_constraint c
          join pg_class ref on ref.oid = c.confrelid
          cross join lateral unnest(c.conkey, c.confkey) as k(col, refcol)
          join pg_attribute att on att.attrelid = c.conrelid and att.attnum = k.col
          join pg_attribute refatt on refatt.attrelid = c.confrelid and refatt.attnum = k.refcol
         where c.contype = 'f' and c.conrelid = ${`public.${table}`}::regclass`,
  );
}

/** A value for a column of `type`, as text to be cast; null when the type is not one we can invent. */
function inventValue(type: string, marker: string): string | null {
  if (type === 'uuid') return randomUUID();
  if (type === 'text' || type.startsWith('character')) return `${marker} ${randomBytes(3).toString('hex')}`;
  if (/^(smallint|integer|bigint|numeric|real|double precision)/.test(type)) return '1';
  if (type === 'boolean') return 'false';
  if (type.startsWith('timestamp') || type === 'date') return new Date().toISOString();
  if (type.startsWith('time')) return '09:00';
  if (type === 'jsonb' || type === 'json') return JSON.stringify({ marker });
  if (type.endsWith('[]')) return '{}';
  if (type === 'polygon') return '((0,0),(1,0),(1,1))';
  if (type === 'point') return '(0,0)';
  if (type === 'inet') return '10.0.0.1';
  return null;
}

/**
 * One row in each tenant table this file does not know yet. Foreign keys point at rows of the same
 * tenant (or at any row of a table without tenant_id); tables are filled in dependency order.
 */
async function synthesiseMissing(tx: Executor, tenantId: string, marker: string): Promise<string[]> {
  const pending = new Set<string>();
  for (const table of await tenantTables(tx)) {
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from ${sql.identifier(table)} where tenant_id = ${tenantId}`,
    );
    if (!row?.n) pending.add(table);
  }
  const done: string[] = [];
  const problems = new Map<string, string>();
  for (let round = 0; pending.size && round < 10; round++) {
    for (const table of [...pending]) {
      const columns = await columnsOf(tx, table);
      const fks = new Map((await foreignKeysOf(tx, table)).map((fk) => [fk.column, fk]));
      const names: Array<SQL | ReturnType<typeof sql.identifier>> = [];
      const values: SQL[] = [];
      let blocked: string | null = null;
      for (const column of columns) {
        const fk = fks.get(column.name);
        let value: string | null;
        if (column.name === 'tenant_id') value = tenantId;
        else if (fk) {
          if (!column.notNull) continue;
          const scoped = (await columnsOf(tx, fk.refTable)).some((c) => c.name === 'tenant_id');
          const [ref] = await queryRows<{ v: string }>(
            tx,
            sql`select ${sql.identifier(fk.refColumn)}::text as v from ${sql.identifier(fk.refTable)}
                 ${scoped ? sql`where tenant_id = ${tenantId}` : sql``} limit 1`,
          );
          if (!ref) {
            blocked = `no row in ${fk.refTable} to reference`;
            break;
          }
          value = ref.v;
        } else if (column.notNull && !column.hasDefault) {
          value = inventValue(column.type, marker);
          if (value === null) {
            blocked = `cannot invent a value of type ${column.type} for ${column.name}`;
            break;
          }
        } else continue;
        names.push(sql.identifier(column.name));
        values.push(sql`cast(${value} as ${sql.raw(column.type)})`);
      }
      if (blocked) {
        problems.set(table, blocked);
        continue;
      }
      await tx.execute(
        sql`insert into ${sql.identifier(table)} (${sql.join(names, sql`, `)}) values (${sql.join(values, sql`, `)})`,
      );
      pending.delete(table);
      problems.delete(table);
      done.push(table);
    }
  }
  if (pending.size)
    throw new Error(
      `test/security/tenant-rows.ts cannot fill ${[...pending]
        .map((t) => `${t} (${problems.get(t) ?? 'unknown'})`)
        .join(', ')}: add explicit rows for it`,
    );
  return done;
}
