import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import type { FieldError } from '../../../platform/errors/catalogue.js';
import { retentionSettings } from '../queries/retention.js';
import { retentionPolicies } from '../schema.js';
import { type IdentifiedActor, rejectFields } from './shared.js';

/**
 * Sets how many days each kind of data is kept. Every registered kind gets a stored row, so the
 * Comune's choice stays put even if a default changes in a later release. Audited with what changed.
 */
export async function saveRetention(
  database: Database,
  tenantId: string,
  staff: IdentifiedActor,
  days: Record<string, number>,
): Promise<{ changed: boolean }> {
  return withTenant(database, tenantId, async (tx) => {
    const settings = await retentionSettings(tx, tenantId);
    const fields: FieldError[] = [];
    for (const { kind } of settings) {
      const value = days[kind.key];
      if (value === undefined || !Number.isInteger(value))
        fields.push({ path: kind.key, code: 'required', message: 'validation.required' });
      else if (value < kind.minDays)
        fields.push({
          path: kind.key,
          code: 'minimum',
          message: 'validation.minimum',
          params: { limit: kind.minDays },
        });
      else if (value > kind.maxDays)
        fields.push({
          path: kind.key,
          code: 'maximum',
          message: 'validation.maximum',
          params: { limit: kind.maxDays },
        });
    }
    rejectFields(fields);
    const changes: Record<string, [number, number]> = {};
    for (const setting of settings) {
      const value = days[setting.kind.key]!;
      if (value !== setting.days) changes[setting.kind.key] = [setting.days, value];
      if (setting.custom && value === setting.days) continue;
      if (setting.custom)
        await tx
          .update(retentionPolicies)
          .set({ days: value })
          .where(
            and(eq(retentionPolicies.tenantId, tenantId), eq(retentionPolicies.dataKind, setting.kind.key)),
          );
      else await tx.insert(retentionPolicies).values({ tenantId, dataKind: setting.kind.key, days: value });
    }
    if (Object.keys(changes).length === 0) return { changed: false };
    await recordAudit(tx, tenantId, staff, {
      action: 'retention_policy.updated',
      entity: 'retention_policy',
      changes,
    });
    return { changed: true };
  });
}
