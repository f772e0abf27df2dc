import { and, eq } from 'drizzle-orm';
import { type Database, type Tx, withTenant } from '../../platform/db/client.js';
import { AppError, type FieldError } from '../../platform/errors/catalogue.js';
import { asList } from '../../platform/validation/forms.js';
import { citizens } from '../identity/index.js';
import { TOPICS } from '../portal/index.js';
import { notificationPreferences } from './schema.js';

/** The channels a Comune may reach a citizen on, in the order the form shows them. */
export const CHANNELS = ['email', 'io', 'push', 'telegram', 'whatsapp'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface NotificationPreferences {
  channels: Channel[];
  topics: string[];
  changedAt: Date | null;
}

const TOPIC_SLUGS = new Set(TOPICS.map((t) => t.slug));

/** What the citizen has chosen, or nothing chosen yet (no row: no notification at all). */
export async function readPreferences(
  tx: Tx,
  tenantId: string,
  citizenId: string,
): Promise<NotificationPreferences> {
  const [row] = await tx
    .select()
    .from(notificationPreferences)
    .where(
      and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.citizenId, citizenId)),
    )
    .limit(1);
  if (!row) return { channels: [], topics: [], changedAt: null };
  return { channels: row.channels as Channel[], topics: row.topics, changedAt: row.changedAt };
}

/**
 * Saves the citizen's choice. Unknown channels or topics are refused (a tampered form); e-mail needs
 * an address and WhatsApp a mobile number in the contacts, otherwise the message would go nowhere.
 * Returns whether anything changed (changed_at moves only then).
 */
export async function savePreferences(
  database: Database,
  tenantId: string,
  citizenId: string,
  input: { channels: unknown; topics: unknown },
): Promise<{ changed: boolean }> {
  const channelList = [...new Set(asList(input.channels))];
  const topicList = [...new Set(asList(input.topics))];
  const problems: FieldError[] = [];
  if (channelList.some((c) => !(CHANNELS as readonly string[]).includes(c)))
    problems.push({ path: 'channels', code: 'invalid', message: 'account.preferences.errors.channel' });
  if (topicList.some((t) => !TOPIC_SLUGS.has(t)))
    problems.push({ path: 'topics', code: 'invalid', message: 'account.preferences.errors.topic' });
  if (topicList.length > 0 && channelList.length === 0)
    problems.push({ path: 'channels', code: 'required', message: 'account.preferences.errors.noChannel' });
  const channels = CHANNELS.filter((c) => channelList.includes(c));
  const topics = TOPICS.map((t) => t.slug).filter((s) => topicList.includes(s));

  return withTenant(database, tenantId, async (tx) => {
    const [contact] = await tx
      .select({ email: citizens.email, phone: citizens.phone })
      .from(citizens)
      .where(and(eq(citizens.tenantId, tenantId), eq(citizens.id, citizenId)))
      .limit(1);
    if (!contact) throw new AppError('UNAUTHENTICATED');
    if (channels.includes('email') && !contact.email)
      problems.push({ path: 'channels', code: 'contact', message: 'account.preferences.errors.noEmail' });
    if (channels.includes('whatsapp') && !contact.phone)
      problems.push({ path: 'channels', code: 'contact', message: 'account.preferences.errors.noPhone' });
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems);

    const before = await readPreferences(tx, tenantId, citizenId);
    const same =
      before.changedAt !== null &&
      before.channels.join() === channels.join() &&
      before.topics.join() === topics.join();
    if (same) return { changed: false };
    await tx
      .insert(notificationPreferences)
      .values({ tenantId, citizenId, channels, topics, changedAt: new Date() })
      .onConflictDoUpdate({
        target: [notificationPreferences.tenantId, notificationPreferences.citizenId],
        set: { channels, topics, changedAt: new Date() },
      });
    return { changed: true };
  });
}

/** The citizen's share of "download my data". */
export async function exportPreferences(tx: Tx, tenantId: string, citizenId: string) {
  const p = await readPreferences(tx, tenantId, citizenId);
  return p.changedAt
    ? { channels: p.channels, topics: p.topics, changedAt: p.changedAt.toISOString() }
    : null;
}

/** Erasure: the preferences go with the citizen. */
export async function erasePreferences(tx: Tx, tenantId: string, citizenId: string) {
  const rows = await tx
    .delete(notificationPreferences)
    .where(
      and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.citizenId, citizenId)),
    )
    .returning({ citizenId: notificationPreferences.citizenId });
  return { notificationPreferences: rows.length };
}
