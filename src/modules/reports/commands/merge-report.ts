// Staff merge a duplicate into the report that stays: the duplicate is closed with a public entry in
// its history, its reporter and followers follow the one that stays, and statistics count it no more
// (they leave out merged reports). Audited in the same transaction.

import { type Static, Type } from '@sinclair/typebox';
import { and, asc, eq, sql } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { type ReportRow, reportFollowers, reportStatuses, reports, reportUpdates } from '../schema.js';
import { UUID_PATTERN, validated } from './shared.js';

export const MergeReportSchema = Type.Object(
  {
    reportId: Type.String({ pattern: UUID_PATTERN }),
    intoId: Type.String({ pattern: UUID_PATTERN }),
    text: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  { additionalProperties: false },
);
export type MergeReportInput = Static<typeof MergeReportSchema>;

export async function mergeReport(
  database: Database,
  tenantId: string,
  actor: AuditActor & { id: string },
  rawInput: unknown,
  now: Date = new Date(),
): Promise<{ report: ReportRow; into: ReportRow }> {
  const input = validated(MergeReportSchema, rawInput);
  if (input.reportId === input.intoId)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'intoId', code: 'self', message: 'reports.errors.mergeSelf' },
    ]);
  return withTenant(database, tenantId, async (tx) => {
    // Both rows locked in a fixed order, so two opposite merges cannot deadlock or cross.
    const locked = await tx
      .select()
      .from(reports)
      .where(and(eq(reports.tenantId, tenantId), sql`${reports.id} in (${input.reportId}, ${input.intoId})`))
      .orderBy(asc(reports.id))
      .for('update');
    const source = locked.find((r) => r.id === input.reportId);
    const target = locked.find((r) => r.id === input.intoId);
    if (!source || !target) throw new AppError('NOT_FOUND');
    if (source.mergedIntoId || target.mergedIntoId)
      throw new AppError('VALIDATION_FAILED', [
        { path: 'intoId', code: 'merged', message: 'reports.errors.mergeMerged' },
      ]);
    const [closed] = await tx
      .select()
      .from(reportStatuses)
      .where(and(eq(reportStatuses.tenantId, tenantId), eq(reportStatuses.closed, true)))
      .orderBy(asc(reportStatuses.sort))
      .limit(1);
    if (!closed) throw new AppError('CONFLICT');

    const [report] = await tx
      .update(reports)
      .set({
        mergedIntoId: target.id,
        statusId: closed.id,
        open: false,
        closedAt: source.open ? now : source.closedAt,
        firstResponseAt: source.firstResponseAt ?? now,
        updatedAt: now,
      })
      .where(eq(reports.id, source.id))
      .returning();
    await tx.insert(reportUpdates).values({
      tenantId,
      reportId: source.id,
      public: true,
      fromStatusId: source.statusId === closed.id ? null : source.statusId,
      toStatusId: source.statusId === closed.id ? null : closed.id,
      authorStaffId: actor.id,
      text: input.text?.trim() ?? '',
      createdAt: now,
    });
    // The duplicate's reporter and followers hear about the report that stays from now on.
    const followers = await tx
      .select({ citizenId: reportFollowers.citizenId, email: reportFollowers.email })
      .from(reportFollowers)
      .where(eq(reportFollowers.reportId, source.id));
    if (source.citizenId) followers.push({ citizenId: source.citizenId, email: null });
    else if (source.contactEmail) followers.push({ citizenId: null, email: source.contactEmail });
    if (followers.length)
      await tx
        .insert(reportFollowers)
        .values(
          followers.map((f) => ({ tenantId, reportId: target.id, citizenId: f.citizenId, email: f.email })),
        )
        .onConflictDoNothing();
    if (!report) throw new Error('merge wrote nothing');
    await recordAudit(tx, tenantId, actor, {
      action: 'report.merged',
      entity: 'report',
      entityId: source.id,
      changes: { mergedIntoId: [null, target.id], statusId: [source.statusId, closed.id] },
    });
    return { report, into: target };
  });
}
