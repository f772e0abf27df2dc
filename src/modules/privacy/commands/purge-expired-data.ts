import { asc } from 'drizzle-orm';
import type { Logger } from 'pino';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { tenants } from '../../tenancy/index.js';
import { retentionSettings } from '../queries/retention.js';

const DAY_MS = 86_400_000;

/** Rows removed per kind of data, e.g. { sessions_expired: 12, audit_log: 0 }. */
export type PurgeReport = Record<string, number>;

/**
 * Deletes one Comune's data older than its retention, kind by kind, in one transaction (and only
 * that Comune's: each kind's purge filters by tenant). A purge that removed something leaves an
 * entry in the audit log, with the system as actor.
 */
export async function purgeTenantData(
  database: Database,
  tenantId: string,
  now: Date = new Date(),
): Promise<PurgeReport> {
  return withTenant(database, tenantId, async (tx) => {
    const report: PurgeReport = {};
    for (const { kind, days } of await retentionSettings(tx, tenantId)) {
      report[kind.key] = await kind.purge(tx, tenantId, new Date(now.getTime() - days * DAY_MS));
    }
    if (Object.values(report).some((n) => n > 0))
      await recordAudit(
        tx,
        tenantId,
        { id: null, kind: 'system', name: 'privacy.purge', ip: null, requestId: null },
        { action: 'retention.purged', entity: 'retention_policy', changes: report },
      );
    return report;
  });
}

/**
 * The nightly purge (job privacy.purge): every Comune in turn. One Comune failing is logged and does
 * not stop the others; the job fails at the end so pg-boss records and retries it.
 */
export async function purgeExpiredData(
  database: Database,
  log: Pick<Logger, 'info' | 'error'>,
  now: Date = new Date(),
): Promise<Record<string, PurgeReport>> {
  const all = await database.db
    .select({ id: tenants.id, slug: tenants.slug })
    .from(tenants)
    .orderBy(asc(tenants.slug));
  const reports: Record<string, PurgeReport> = {};
  let failures = 0;
  for (const tenant of all) {
    try {
      const report = await purgeTenantData(database, tenant.id, now);
      reports[tenant.id] = report;
      log.info({ tenant: tenant.slug, removed: report }, 'retention purge');
    } catch (err) {
      failures++;
      log.error({ err, tenant: tenant.slug }, 'retention purge failed');
    }
  }
  if (failures > 0) throw new Error(`retention purge failed for ${failures} Comuni`);
  return reports;
}
