import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../../platform/audit/schema.js';
import { type Database, withTenant } from '../../../platform/db/client.js';

export const AUDIT_SORTS = ['at', '-at'] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];

export interface AuditFilter {
  /** Part of the author's name, any case. */
  q?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  /** Calendar days in the Comune's time zone (Europe/Rome), both included: 'YYYY-MM-DD'. */
  from?: string | undefined;
  to?: string | undefined;
  sort?: AuditSort | undefined;
}

export interface AuditEvent {
  id: number;
  at: Date;
  actorId: string | null;
  actorKind: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  changes: unknown;
  ip: string | null;
  requestId: string | null;
}

export const AUDIT_PAGE_SIZE = 25;
/** The CSV export stops here: a bigger extract is an operations job, not a page. */
export const AUDIT_EXPORT_MAX = 50_000;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(tenantId: string, filter: AuditFilter): SQL | undefined {
  const q = filter.q?.trim();
  return and(
    eq(auditLog.tenantId, tenantId),
    q ? sql`${auditLog.actorName} ilike ${`%${escapeLike(q)}%`}` : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.from
      ? sql`${auditLog.at} >= ((${filter.from})::date::timestamp at time zone 'Europe/Rome')`
      : undefined,
    filter.to
      ? sql`${auditLog.at} < (((${filter.to})::date + 1)::timestamp at time zone 'Europe/Rome')`
      : undefined,
  );
}

export const auditColumns = {
  id: auditLog.id,
  at: auditLog.at,
  actorId: auditLog.actorId,
  actorKind: auditLog.actorKind,
  actorName: auditLog.actorName,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  changes: auditLog.changes,
  ip: auditLog.ip,
  requestId: auditLog.requestId,
};

/** One page of the Comune's audit log, newest first unless asked otherwise. */
export async function listAuditEvents(
  database: Database,
  tenantId: string,
  filter: AuditFilter,
  page = 1,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditEvent[]; total: number; page: number; pageSize: number }> {
  return withTenant(database, tenantId, async (tx) => {
    const where = conditions(tenantId, filter);
    const [totalRow] = await tx.select({ n: count() }).from(auditLog).where(where);
    const total = Number(totalRow?.n ?? 0);
    const lastPage = Math.max(1, Math.ceil(total / pageSize));
    const current = Math.min(Math.max(1, page), lastPage);
    const order =
      filter.sort === 'at' ? [asc(auditLog.at), asc(auditLog.id)] : [desc(auditLog.at), desc(auditLog.id)];
    const rows = await tx
      .select(auditColumns)
      .from(auditLog)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((current - 1) * pageSize);
    return { rows, total, page: current, pageSize };
  });
}

/** Every row matching the filter (up to AUDIT_EXPORT_MAX), for the CSV export. */
export async function exportAuditEvents(
  database: Database,
  tenantId: string,
  filter: AuditFilter,
): Promise<AuditEvent[]> {
  return withTenant(database, tenantId, (tx) =>
    tx
      .select(auditColumns)
      .from(auditLog)
      .where(conditions(tenantId, filter))
      .orderBy(
        ...(filter.sort === 'at'
          ? [asc(auditLog.at), asc(auditLog.id)]
          : [desc(auditLog.at), desc(auditLog.id)]),
      )
      .limit(AUDIT_EXPORT_MAX),
  );
}

/** The actions and entities that occur in the Comune's log, for the filter's drop-downs. */
export async function auditVocabulary(
  database: Database,
  tenantId: string,
): Promise<{ actions: string[]; entities: string[] }> {
  return withTenant(database, tenantId, async (tx) => {
    const actions = await tx
      .selectDistinct({ v: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.tenantId, tenantId))
      .orderBy(auditLog.action)
      .limit(500);
    const entities = await tx
      .selectDistinct({ v: auditLog.entity })
      .from(auditLog)
      .where(eq(auditLog.tenantId, tenantId))
      .orderBy(auditLog.entity)
      .limit(500);
    return { actions: actions.map((r) => r.v), entities: entities.map((r) => r.v) };
  });
}
