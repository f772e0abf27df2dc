import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { citizens, staffUsers } from '../../identity/index.js';
import { erasureRequests } from '../schema.js';

export const ERASURE_STATUSES = ['pending', 'completed', 'rejected'] as const;
export type ErasureRequestStatus = (typeof ERASURE_STATUSES)[number];
export const ERASURE_SORTS = ['requestedAt', '-requestedAt'] as const;
export type ErasureSort = (typeof ERASURE_SORTS)[number];
export const ERASURE_PAGE_SIZE = 25;

export interface ErasureListRow {
  id: string;
  status: string;
  requestedAt: Date;
  processedAt: Date | null;
  /** null once the citizen has been erased. */
  citizenName: string | null;
}

export interface ErasureRequestDetail extends ErasureListRow {
  reason: string;
  outcome: unknown;
  citizenId: string | null;
  fiscalCode: string | null;
  processedByName: string | null;
}

/** The back office's queue of erasure requests, filtered by status, oldest pending first by default. */
export async function listErasureRequests(
  database: Database,
  tenantId: string,
  filter: {
    status?: ErasureRequestStatus | undefined;
    sort?: ErasureSort | undefined;
    page?: number | undefined;
  },
): Promise<{ rows: ErasureListRow[]; total: number; page: number; pageSize: number }> {
  const pageSize = ERASURE_PAGE_SIZE;
  const page = Math.max(1, filter.page ?? 1);
  const conditions: SQL[] = [eq(erasureRequests.tenantId, tenantId)];
  if (filter.status) conditions.push(eq(erasureRequests.status, filter.status));
  const where = and(...conditions);
  const direction = filter.sort === '-requestedAt' ? desc : asc;
  return withTenant(database, tenantId, async (tx) => {
    const [total] = await tx.select({ n: count() }).from(erasureRequests).where(where);
    const rows = await tx
      .select({
        id: erasureRequests.id,
        status: erasureRequests.status,
        requestedAt: erasureRequests.requestedAt,
        processedAt: erasureRequests.processedAt,
        givenName: citizens.givenName,
        familyName: citizens.familyName,
      })
      .from(erasureRequests)
      .leftJoin(citizens, and(eq(citizens.id, erasureRequests.citizenId), eq(citizens.tenantId, tenantId)))
      .where(where)
      .orderBy(direction(erasureRequests.requestedAt), asc(erasureRequests.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    return {
      rows: rows.map((r) => ({
        id: r.id,
        status: r.status,
        requestedAt: r.requestedAt,
        processedAt: r.processedAt,
        citizenName: r.givenName === null ? null : `${r.givenName} ${r.familyName}`,
      })),
      total: Number(total?.n ?? 0),
      page,
      pageSize,
    };
  });
}

export async function getErasureRequest(
  database: Database,
  tenantId: string,
  id: string,
): Promise<ErasureRequestDetail | null> {
  return withTenant(database, tenantId, async (tx) => {
    const [row] = await tx
      .select({
        id: erasureRequests.id,
        status: erasureRequests.status,
        reason: erasureRequests.reason,
        outcome: erasureRequests.outcome,
        requestedAt: erasureRequests.requestedAt,
        processedAt: erasureRequests.processedAt,
        citizenId: erasureRequests.citizenId,
        givenName: citizens.givenName,
        familyName: citizens.familyName,
        fiscalCode: citizens.fiscalCode,
        processedByName: staffUsers.fullName,
      })
      .from(erasureRequests)
      .leftJoin(citizens, and(eq(citizens.id, erasureRequests.citizenId), eq(citizens.tenantId, tenantId)))
      .leftJoin(
        staffUsers,
        and(eq(staffUsers.id, erasureRequests.processedBy), eq(staffUsers.tenantId, tenantId)),
      )
      .where(and(eq(erasureRequests.tenantId, tenantId), eq(erasureRequests.id, id)))
      .limit(1);
    if (!row) return null;
    return {
      id: row.id,
      status: row.status,
      reason: row.reason,
      outcome: row.outcome,
      requestedAt: row.requestedAt,
      processedAt: row.processedAt,
      citizenId: row.citizenId,
      citizenName: row.givenName === null ? null : `${row.givenName} ${row.familyName}`,
      fiscalCode: row.fiscalCode,
      processedByName: row.processedByName,
    };
  });
}

export async function countPendingErasureRequests(database: Database, tenantId: string): Promise<number> {
  return withTenant(database, tenantId, async (tx) => {
    const [row] = await tx
      .select({ n: count() })
      .from(erasureRequests)
      .where(and(eq(erasureRequests.tenantId, tenantId), eq(erasureRequests.status, 'pending')));
    return Number(row?.n ?? 0);
  });
}
