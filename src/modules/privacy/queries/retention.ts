import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.js';
import { type RetentionKind, retentionKindList } from '../registries.js';
import { retentionPolicies } from '../schema.js';

export interface RetentionSetting {
  kind: RetentionKind;
  days: number;
  /** False while the Comune keeps the default (no row stored). */
  custom: boolean;
}

/** Days per kind of data for one Comune: its own setting where it made one, the default elsewhere. */
export async function retentionSettings(executor: Executor, tenantId: string): Promise<RetentionSetting[]> {
  const rows = await executor
    .select({ dataKind: retentionPolicies.dataKind, days: retentionPolicies.days })
    .from(retentionPolicies)
    .where(eq(retentionPolicies.tenantId, tenantId));
  const stored = new Map(rows.map((r) => [r.dataKind, r.days]));
  return retentionKindList().map((kind) => {
    const days = stored.get(kind.key);
    return { kind, days: days ?? kind.defaultDays, custom: days !== undefined };
  });
}
