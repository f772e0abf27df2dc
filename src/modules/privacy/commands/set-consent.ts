import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { fieldError } from '../../../platform/errors/catalogue.js';
import { currentNoticeVersion } from '../queries/notices.js';
import { consentPurpose } from '../registries.js';
import { consents } from '../schema.js';
import type { IdentifiedActor } from './shared.js';

/**
 * Grants or withdraws an optional purpose. The history is append-only: a change is a new row (with
 * the notice version in force and the time), asking for the state already recorded adds nothing.
 */
export async function setConsent(
  database: Database,
  tenantId: string,
  citizen: IdentifiedActor,
  input: { purpose: string; granted: boolean },
): Promise<{ changed: boolean }> {
  if (!consentPurpose(input.purpose)) throw fieldError('purpose', 'validation.enum');
  return withTenant(database, tenantId, async (tx) => {
    const [latest] = await tx
      .select({ granted: consents.granted })
      .from(consents)
      .where(
        and(
          eq(consents.tenantId, tenantId),
          eq(consents.citizenId, citizen.id),
          eq(consents.purpose, input.purpose),
        ),
      )
      .orderBy(desc(consents.recordedAt))
      .limit(1);
    if ((latest?.granted ?? false) === input.granted) return { changed: false };
    const noticeVersion = (await currentNoticeVersion(tx, tenantId)) ?? 0;
    await tx.insert(consents).values({
      tenantId,
      citizenId: citizen.id,
      purpose: input.purpose,
      noticeVersion,
      granted: input.granted,
    });
    await recordAudit(tx, tenantId, citizen, {
      action: input.granted ? 'consent.granted' : 'consent.withdrawn',
      entity: 'citizen',
      entityId: citizen.id,
      changes: { purpose: input.purpose, noticeVersion },
    });
    return { changed: true };
  });
}
