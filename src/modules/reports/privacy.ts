// The reporter's personal data in GDPR terms: the citizen's export lists their reports and follows;
// erasure and retention remove contact data (name, e-mail, phone, the link to the citizen) but keep
// the report itself, which is the Comune's record of a public problem.

import { and, eq, inArray, isNotNull, lt, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { citizens } from '../identity/schema.js';
import type { RetentionKind } from '../privacy/index.js';
import { reportCategories, reportFollowers, reportStatuses, reports } from './schema.js';

const CONTACT_GONE = {
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  citizenId: null,
} as const;

async function citizenEmail(tx: Tx, tenantId: string, citizenId: string): Promise<string | null> {
  const [row] = await tx
    .select({ email: citizens.email })
    .from(citizens)
    .where(and(eq(citizens.tenantId, tenantId), eq(citizens.id, citizenId)));
  return row?.email?.trim().toLowerCase() || null;
}

/** The reports a citizen sent (logged in, or with their account's e-mail) and those they follow. */
export async function exportReports(tx: Tx, tenantId: string, citizenId: string): Promise<unknown> {
  const email = await citizenEmail(tx, tenantId, citizenId);
  const mine = or(eq(reports.citizenId, citizenId), email ? eq(reports.contactEmail, email) : undefined);
  const sent = await tx
    .select({
      number: reports.number,
      type: reports.type,
      category: reportCategories.name,
      status: reportStatuses.name,
      channel: reports.channel,
      address: reports.address,
      location: reports.location,
      description: reports.description,
      answers: reports.answers,
      anonymousPublic: reports.anonymousPublic,
      contactName: reports.contactName,
      contactEmail: reports.contactEmail,
      contactPhone: reports.contactPhone,
      createdAt: reports.createdAt,
      closedAt: reports.closedAt,
    })
    .from(reports)
    .innerJoin(reportCategories, eq(reportCategories.id, reports.categoryId))
    .innerJoin(reportStatuses, eq(reportStatuses.id, reports.statusId))
    .where(and(eq(reports.tenantId, tenantId), mine))
    .orderBy(reports.number);
  const followed = await tx
    .select({ number: reports.number, email: reportFollowers.email, since: reportFollowers.createdAt })
    .from(reportFollowers)
    .innerJoin(reports, eq(reports.id, reportFollowers.reportId))
    .where(
      and(
        eq(reportFollowers.tenantId, tenantId),
        or(eq(reportFollowers.citizenId, citizenId), email ? eq(reportFollowers.email, email) : undefined),
      ),
    )
    .orderBy(reports.number);
  return { sent, followed };
}

/** Contact data off the citizen's reports (the reports stay), their follows deleted. */
export async function eraseReports(tx: Tx, tenantId: string, citizenId: string): Promise<unknown> {
  const email = await citizenEmail(tx, tenantId, citizenId);
  const anonymised = await tx
    .update(reports)
    .set({ ...CONTACT_GONE, contactErasedAt: new Date() })
    .where(
      and(
        eq(reports.tenantId, tenantId),
        or(eq(reports.citizenId, citizenId), email ? eq(reports.contactEmail, email) : undefined),
      ),
    )
    .returning({ id: reports.id });
  const unfollowed = await tx
    .delete(reportFollowers)
    .where(
      and(
        eq(reportFollowers.tenantId, tenantId),
        or(eq(reportFollowers.citizenId, citizenId), email ? eq(reportFollowers.email, email) : undefined),
      ),
    )
    .returning({ id: reportFollowers.id });
  return { reportsAnonymised: anonymised.length, followsDeleted: unfollowed.length };
}

/** Contact data of reports closed before the cutoff; returns how many reports lost theirs. */
async function purgeClosedContacts(tx: Tx, tenantId: string, cutoff: Date): Promise<number> {
  const closedBefore = and(
    eq(reports.tenantId, tenantId),
    eq(reports.open, false),
    lt(reports.closedAt, cutoff),
  );
  const rows = await tx
    .update(reports)
    .set({ ...CONTACT_GONE, contactErasedAt: new Date() })
    .where(
      and(
        closedBefore,
        or(
          isNotNull(reports.contactName),
          isNotNull(reports.contactEmail),
          isNotNull(reports.contactPhone),
          isNotNull(reports.citizenId),
        ),
      ),
    )
    .returning({ id: reports.id });
  await tx
    .delete(reportFollowers)
    .where(
      and(
        eq(reportFollowers.tenantId, tenantId),
        inArray(reportFollowers.reportId, tx.select({ id: reports.id }).from(reports).where(closedBefore)),
      ),
    );
  return rows.length;
}

export const closedReportContactsRetention: RetentionKind = {
  key: 'report_contacts_closed',
  label: 'reports.retention.contacts.label',
  description: 'reports.retention.contacts.description',
  // Two years after closing: long enough for a reopened problem or a complaint about the answer.
  defaultDays: 730,
  minDays: 30,
  maxDays: 3650,
  purge: purgeClosedContacts,
};
