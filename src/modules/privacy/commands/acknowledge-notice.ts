import { recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { pendingNoticeVersion } from '../queries/consents.js';
import { currentNoticeVersion } from '../queries/notices.js';
import { NOTICE_PURPOSE } from '../registries.js';
import { consents } from '../schema.js';
import type { IdentifiedActor } from './shared.js';

/**
 * "Ho letto l'informativa": records that the citizen acknowledged `version`, which must be the one in
 * force (a form left open while a new version was published acknowledges nothing: STALE_VERSION).
 * Acknowledging twice records nothing new.
 */
export async function acknowledgeNotice(
  database: Database,
  tenantId: string,
  citizen: IdentifiedActor,
  version: number,
): Promise<{ recorded: boolean }> {
  return withTenant(database, tenantId, async (tx) => {
    const current = await currentNoticeVersion(tx, tenantId);
    if (current === null) throw new AppError('NOT_FOUND');
    if (current !== version) throw new AppError('STALE_VERSION');
    if ((await pendingNoticeVersion(tx, tenantId, citizen.id)) === null) return { recorded: false };
    await tx.insert(consents).values({
      tenantId,
      citizenId: citizen.id,
      purpose: NOTICE_PURPOSE,
      noticeVersion: version,
      granted: true,
    });
    await recordAudit(tx, tenantId, citizen, {
      action: 'privacy_notice.acknowledged',
      entity: 'citizen',
      entityId: citizen.id,
      changes: { noticeVersion: version },
    });
    return { recorded: true };
  });
}
