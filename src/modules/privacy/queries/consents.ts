import { and, desc, eq } from 'drizzle-orm';
import { type Database, type Executor, withTenant } from '../../../platform/db/client.js';
import { consentPurposes, NOTICE_PURPOSE } from '../registries.js';
import { consents } from '../schema.js';
import { currentNoticeVersion } from './notices.js';

export interface ConsentRow {
  purpose: string;
  noticeVersion: number;
  granted: boolean;
  recordedAt: Date;
}

/**
 * The version of the notice the citizen still has to acknowledge, or null when there is nothing to
 * do (they acknowledged the version in force, or the Comune has published no notice).
 */
export async function pendingNoticeVersion(
  executor: Executor,
  tenantId: string,
  citizenId: string,
): Promise<number | null> {
  const version = await currentNoticeVersion(executor, tenantId);
  if (version === null) return null;
  const [row] = await executor
    .select({ granted: consents.granted })
    .from(consents)
    .where(
      and(
        eq(consents.tenantId, tenantId),
        eq(consents.citizenId, citizenId),
        eq(consents.purpose, NOTICE_PURPOSE),
        eq(consents.noticeVersion, version),
        eq(consents.granted, true),
      ),
    )
    .limit(1);
  return row ? null : version;
}

/** Every consent row of the citizen, newest first: the full, append-only history. */
export async function consentHistory(
  executor: Executor,
  tenantId: string,
  citizenId: string,
): Promise<ConsentRow[]> {
  return executor
    .select({
      purpose: consents.purpose,
      noticeVersion: consents.noticeVersion,
      granted: consents.granted,
      recordedAt: consents.recordedAt,
    })
    .from(consents)
    .where(and(eq(consents.tenantId, tenantId), eq(consents.citizenId, citizenId)))
    .orderBy(desc(consents.recordedAt), desc(consents.id));
}

/** The latest row per purpose decides: a purpose never recorded is not granted. */
export function currentState(history: ConsentRow[]): Map<string, ConsentRow> {
  const state = new Map<string, ConsentRow>();
  for (const row of history) if (!state.has(row.purpose)) state.set(row.purpose, row);
  return state;
}

export interface ConsentOverview {
  purposes: Array<{
    key: string;
    label: string;
    description?: string | undefined;
    current: ConsentRow | null;
  }>;
  history: ConsentRow[];
  /** When the citizen acknowledged the notice in force (null if not yet, or none is published). */
  acknowledged: ConsentRow | null;
  noticeVersion: number | null;
}

export async function consentOverview(
  database: Database,
  tenantId: string,
  citizenId: string,
): Promise<ConsentOverview> {
  return withTenant(database, tenantId, async (tx) => {
    const history = await consentHistory(tx, tenantId, citizenId);
    const noticeVersion = await currentNoticeVersion(tx, tenantId);
    const state = currentState(history);
    const acknowledged =
      history.find((r) => r.purpose === NOTICE_PURPOSE && r.granted && r.noticeVersion === noticeVersion) ??
      null;
    return {
      purposes: consentPurposes().map((p) => ({
        key: p.key,
        label: p.label,
        description: p.description,
        current: state.get(p.key) ?? null,
      })),
      history,
      acknowledged,
      noticeVersion,
    };
  });
}
