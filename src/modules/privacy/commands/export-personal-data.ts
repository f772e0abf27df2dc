import { and, asc, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.js';
import { auditLog } from '../../../platform/audit/schema.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { citizens, sessions } from '../../identity/index.js';
import { consentHistory } from '../queries/consents.js';
import { personalDataExporters } from '../registries.js';
import { erasureRequests } from '../schema.js';
import type { IdentifiedActor } from './shared.js';

export const EXPORT_FORMAT = 'campanile.personal-data/1';

export interface PersonalDataExport {
  format: string;
  exportedAt: string;
  comune: { name: string };
  profile: Record<string, unknown>;
  consents: unknown[];
  sessions: unknown[];
  erasureRequests: unknown[];
  /** What the citizen did, as the audit log recorded it. */
  activity: unknown[];
  /** Each registered module's share, by the name it registered with. */
  modules: Record<string, unknown>;
}

/**
 * Everything stored about the citizen (GDPR art. 15 and 20), as one JSON document: the profile,
 * consents, sessions (device, address, dates: never the token hash), erasure requests, their own
 * activity in the audit log and whatever other modules contribute. The export itself is audited.
 */
export async function exportPersonalData(
  database: Database,
  tenant: { id: string; name: string },
  citizen: IdentifiedActor,
): Promise<PersonalDataExport> {
  const tenantId = tenant.id;
  return withTenant(database, tenantId, async (tx) => {
    const [profile] = await tx
      .select({
        fiscalCode: citizens.fiscalCode,
        givenName: citizens.givenName,
        familyName: citizens.familyName,
        email: citizens.email,
        phone: citizens.phone,
        lastIdentityProvider: citizens.lastIdentityProvider,
        lastLoginAt: citizens.lastLoginAt,
        createdAt: citizens.createdAt,
        updatedAt: citizens.updatedAt,
      })
      .from(citizens)
      .where(and(eq(citizens.id, citizen.id), eq(citizens.tenantId, tenantId)))
      .limit(1);
    if (!profile) throw new AppError('NOT_FOUND');
    const consentRows = await consentHistory(tx, tenantId, citizen.id);
    const sessionRows = await tx
      .select({
        device: sessions.userAgent,
        ip: sessions.ip,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
      })
      .from(sessions)
      .where(and(eq(sessions.tenantId, tenantId), eq(sessions.citizenId, citizen.id)))
      .orderBy(desc(sessions.createdAt));
    const requests = await tx
      .select({
        status: erasureRequests.status,
        reason: erasureRequests.reason,
        requestedAt: erasureRequests.requestedAt,
        processedAt: erasureRequests.processedAt,
      })
      .from(erasureRequests)
      .where(and(eq(erasureRequests.tenantId, tenantId), eq(erasureRequests.citizenId, citizen.id)))
      .orderBy(desc(erasureRequests.requestedAt));
    const activity = await tx
      .select({ at: auditLog.at, action: auditLog.action, ip: auditLog.ip, changes: auditLog.changes })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.tenantId, tenantId),
          eq(auditLog.actorKind, 'citizen'),
          eq(auditLog.actorId, citizen.id),
        ),
      )
      .orderBy(asc(auditLog.at), asc(auditLog.id));
    const modules: Record<string, unknown> = {};
    for (const [name, exporter] of personalDataExporters()) {
      modules[name] = await exporter(tx, tenantId, citizen.id);
    }
    await recordAudit(tx, tenantId, citizen, {
      action: 'privacy.data_exported',
      entity: 'citizen',
      entityId: citizen.id,
      changes: { modules: Object.keys(modules) },
    });
    return {
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      comune: { name: tenant.name },
      profile,
      consents: consentRows,
      sessions: sessionRows,
      erasureRequests: requests,
      activity,
      modules,
    };
  });
}
