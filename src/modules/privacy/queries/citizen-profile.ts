import { and, desc, eq } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { citizens } from '../../identity/index.js';
import { erasureRequests } from '../schema.js';

export interface CitizenProfile {
  id: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  lastLoginAt: Date | null;
  createdAt: Date;
}

export interface ErasureStatus {
  id: string;
  status: string;
  reason: string;
  requestedAt: Date;
  processedAt: Date | null;
}

const profileColumns = {
  id: citizens.id,
  fiscalCode: citizens.fiscalCode,
  givenName: citizens.givenName,
  familyName: citizens.familyName,
  email: citizens.email,
  phone: citizens.phone,
  lastLoginAt: citizens.lastLoginAt,
  createdAt: citizens.createdAt,
};

/** The personal area's header: who the citizen is and their latest erasure request, if any. */
export async function citizenProfile(
  database: Database,
  tenantId: string,
  citizenId: string,
): Promise<{ profile: CitizenProfile; erasure: ErasureStatus | null } | null> {
  return withTenant(database, tenantId, async (tx) => {
    const [profile] = await tx
      .select(profileColumns)
      .from(citizens)
      .where(and(eq(citizens.id, citizenId), eq(citizens.tenantId, tenantId)))
      .limit(1);
    if (!profile) return null;
    const [erasure] = await tx
      .select({
        id: erasureRequests.id,
        status: erasureRequests.status,
        reason: erasureRequests.reason,
        requestedAt: erasureRequests.requestedAt,
        processedAt: erasureRequests.processedAt,
      })
      .from(erasureRequests)
      .where(and(eq(erasureRequests.tenantId, tenantId), eq(erasureRequests.citizenId, citizenId)))
      .orderBy(desc(erasureRequests.requestedAt))
      .limit(1);
    return { profile, erasure: erasure ?? null };
  });
}
