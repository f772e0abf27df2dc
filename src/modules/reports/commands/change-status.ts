// Staff move a report to another status (or write an update without moving it): the history gets an
// entry, the first public answer stamps first_response_at, a closed status stamps closed_at (reopening
// clears it), and the change is audited in the same transaction.

import { type Static, Type } from '@sinclair/typebox';
import { and, eq } from 'drizzle-orm';
import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { type ReportRow, type ReportUpdateRow, reports, reportUpdates } from '../schema.js';
import { findStatus, UUID_PATTERN, validated } from './shared.js';

export const ChangeStatusSchema = Type.Object(
  {
    reportId: Type.String({ pattern: UUID_PATTERN }),
    /** The new status; absent or the current one: an update without a change of status. */
    statusId: Type.Optional(Type.String({ pattern: UUID_PATTERN })),
    text: Type.Optional(Type.String({ maxLength: 5000 })),
    /** Public updates reach the reporter, the followers and the public page; internal notes do not. */
    public: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ChangeStatusInput = Static<typeof ChangeStatusSchema>;

export async function changeReportStatus(
  database: Database,
  tenantId: string,
  actor: AuditActor & { id: string },
  rawInput: unknown,
  now: Date = new Date(),
): Promise<{ report: ReportRow; update: ReportUpdateRow }> {
  const input = validated(ChangeStatusSchema, rawInput);
  const text = input.text?.trim().replace(/\r\n?/g, '\n') ?? '';
  const isPublic = input.public ?? true;
  return withTenant(database, tenantId, async (tx) => {
    const [before] = await tx
      .select()
      .from(reports)
      .where(and(eq(reports.tenantId, tenantId), eq(reports.id, input.reportId)))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND');
    const targetId = input.statusId ?? before.statusId;
    const status = await findStatus(tx, tenantId, targetId);
    if (!status)
      throw new AppError('VALIDATION_FAILED', [
        { path: 'statusId', code: 'unknown', message: 'reports.errors.statusUnknown' },
      ]);
    const moves = status.id !== before.statusId;
    if (!moves && !text)
      throw new AppError('VALIDATION_FAILED', [
        { path: 'text', code: 'required', message: 'reports.errors.nothingToChange' },
      ]);

    const changes = {
      statusId: status.id,
      open: !status.closed,
      // Closed to closed (chiusa → respinta) keeps the moment it was first closed; reopening clears it.
      closedAt: status.closed ? (!before.open && before.closedAt ? before.closedAt : now) : null,
      firstResponseAt: before.firstResponseAt ?? (isPublic ? now : null),
      updatedAt: now,
    };
    const [report] = await tx.update(reports).set(changes).where(eq(reports.id, before.id)).returning();
    const [update] = await tx
      .insert(reportUpdates)
      .values({
        tenantId,
        reportId: before.id,
        public: isPublic,
        fromStatusId: moves ? before.statusId : null,
        toStatusId: moves ? status.id : null,
        authorStaffId: actor.id,
        text,
        createdAt: now,
      })
      .returning();
    if (!report || !update) throw new Error('report status change wrote nothing');
    await recordAudit(tx, tenantId, actor, {
      action: moves ? 'report.status_changed' : 'report.updated',
      entity: 'report',
      entityId: report.id,
      changes: {
        ...diff(
          {
            statusId: before.statusId,
            open: before.open,
            closedAt: before.closedAt,
            firstResponseAt: before.firstResponseAt,
          },
          {
            statusId: report.statusId,
            open: report.open,
            closedAt: report.closedAt,
            firstResponseAt: report.firstResponseAt,
          },
        ),
        update: { public: isPublic, text },
      },
    });
    return { report, update };
  });
}
