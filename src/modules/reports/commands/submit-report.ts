// A new segnalazione, suggerimento or reclamo from any channel: the citizen's form, an operator keying
// in a phone call, an e-mail, Telegram, an Open311 client. One report per idempotency key.

import { type Static, Type } from '@sinclair/typebox';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, type Tx, withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import type { ExtraQuestion } from '../model.js';
import {
  REPORT_CHANNELS,
  REPORT_PRIORITIES,
  REPORT_TYPES,
  type ReportRow,
  reportCategories,
  reportRoutingRules,
  reports,
  reportUpdates,
} from '../schema.js';
import { EMAIL_PATTERN, ensureStatuses, locate, UUID_PATTERN, validated } from './shared.js';

const literals = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>(Type.Union(values.map((v) => Type.Literal(v))));

export const SubmitReportSchema = Type.Object(
  {
    type: Type.Optional(literals(REPORT_TYPES)),
    categoryId: Type.String({ pattern: UUID_PATTERN }),
    description: Type.String({ minLength: 1, maxLength: 5000 }),
    /** WGS84 degrees; required for a segnalazione, optional for suggestions and complaints. */
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    answers: Type.Optional(
      Type.Record(
        Type.String(),
        Type.Union([
          Type.String({ maxLength: 2000 }),
          Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 }),
        ]),
      ),
    ),
    anonymousPublic: Type.Optional(Type.Boolean()),
    channel: Type.Optional(literals(REPORT_CHANNELS)),
    priority: Type.Optional(literals(REPORT_PRIORITIES)),
    contactName: Type.Optional(Type.String({ maxLength: 200 })),
    contactEmail: Type.Optional(
      Type.Union([Type.Literal(''), Type.String({ pattern: EMAIL_PATTERN, maxLength: 254 })]),
    ),
    contactPhone: Type.Optional(Type.String({ maxLength: 40, pattern: '^[0-9+() ./-]*$' })),
    idempotencyKey: Type.Optional(Type.String({ minLength: 8, maxLength: 128, pattern: '^[\\x21-\\x7e]+$' })),
    externalRef: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type SubmitReportInput = Static<typeof SubmitReportSchema>;

/** Who submits: a logged-in citizen, staff keying a report in (audited), or nobody known. */
export type Submitter =
  | { kind: 'citizen'; citizenId: string }
  | { kind: 'staff'; actor: AuditActor & { id: string } }
  | { kind: 'anonymous' };

export interface SubmitResult {
  report: ReportRow;
  /** False when the idempotency key named a report submitted before: nothing new was written. */
  created: boolean;
}

const clean = (v: string | undefined): string => v?.trim().replace(/\r\n?/g, '\n') ?? '';
const orNull = (v: string | undefined): string | null => clean(v) || null;

function answerProblems(
  questions: ExtraQuestion[],
  answers: Record<string, string | string[]>,
): { problems: FieldError[]; kept: Record<string, string | string[]> } {
  const problems: FieldError[] = [];
  const kept: Record<string, string | string[]> = {};
  const byCode = new Map(questions.map((q) => [q.code, q]));
  for (const code of Object.keys(answers))
    if (!byCode.get(code) || byCode.get(code)?.variable === false)
      problems.push({ path: `answers/${code}`, code: 'unknown', message: 'reports.errors.answerUnknown' });
  for (const q of questions) {
    if (q.variable === false) continue;
    const raw = answers[q.code];
    const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      .map((v) => v.trim())
      .filter(Boolean);
    const path = `answers/${q.code}`;
    if (!list.length) {
      if (q.required) problems.push({ path, code: 'required', message: 'reports.errors.answerRequired' });
      continue;
    }
    if (q.datatype === 'singlevaluelist' || q.datatype === 'multivaluelist') {
      const keys = new Set(q.values?.map((v) => v.key));
      if (list.some((v) => !keys.has(v)) || (q.datatype === 'singlevaluelist' && list.length > 1)) {
        problems.push({ path, code: 'enum', message: 'reports.errors.answerChoice' });
        continue;
      }
      kept[q.code] = q.datatype === 'multivaluelist' ? list : (list[0] as string);
    } else if (q.datatype === 'number' && !Number.isFinite(Number(list[0]))) {
      problems.push({ path, code: 'type', message: 'validation.type' });
    } else kept[q.code] = list.join(', ');
  }
  return { problems, kept };
}

/**
 * Where a report of `categoryId` in `areaId` goes: the most specific active routing rule (category
 * and area, then category, then area, then neither; `sort` breaks ties), else the category's office.
 */
export async function routeFor(
  tx: Tx,
  tenantId: string,
  category: { id: string; officeId: string | null },
  areaId: string | null,
): Promise<{ officeId: string | null; assigneeId: string | null }> {
  const [rule] = await tx
    .select({ officeId: reportRoutingRules.officeId, assigneeId: reportRoutingRules.assigneeId })
    .from(reportRoutingRules)
    .where(
      and(
        eq(reportRoutingRules.tenantId, tenantId),
        eq(reportRoutingRules.active, true),
        or(eq(reportRoutingRules.categoryId, category.id), isNull(reportRoutingRules.categoryId)),
        areaId
          ? or(eq(reportRoutingRules.areaId, areaId), isNull(reportRoutingRules.areaId))
          : isNull(reportRoutingRules.areaId),
      ),
    )
    .orderBy(
      sql`(${reportRoutingRules.categoryId} is not null) desc`,
      sql`(${reportRoutingRules.areaId} is not null) desc`,
      asc(reportRoutingRules.sort),
    )
    .limit(1);
  return rule
    ? { officeId: rule.officeId ?? category.officeId, assigneeId: rule.assigneeId }
    : { officeId: category.officeId, assigneeId: null };
}

/** Serialises number allocation and idempotency checks per Comune (until the transaction ends). */
async function lockIntake(tx: Tx, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('campanile.report'), hashtext(${tenantId}))`);
}

/**
 * Validates and stores a report: category active, answers to its questions, point inside the Comune
 * (OUTSIDE_TERRITORY otherwise) and its area derived, routed (rules by category and area, else the
 * category's office), the SLA (due_at), the
 * Comune's initial status, the next public number, a public "received" entry in the history.
 */
export async function submitReport(
  database: Database,
  tenantId: string,
  rawInput: unknown,
  by: Submitter,
): Promise<SubmitResult> {
  const input = validated(SubmitReportSchema, rawInput);
  const type = input.type ?? 'report';
  const problems: FieldError[] = [];
  const hasPoint = input.lat !== undefined || input.lon !== undefined;
  if (hasPoint && (input.lat === undefined || input.lon === undefined))
    problems.push({
      path: input.lat === undefined ? 'lat' : 'lon',
      code: 'required',
      message: 'validation.required',
    });
  if (!hasPoint && type === 'report')
    problems.push({ path: 'location', code: 'required', message: 'reports.errors.locationRequired' });
  if (!clean(input.description))
    problems.push({ path: 'description', code: 'required', message: 'validation.required' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', problems);

  return withTenant(database, tenantId, async (tx) => {
    await lockIntake(tx, tenantId);
    if (input.idempotencyKey) {
      const [existing] = await tx
        .select()
        .from(reports)
        .where(and(eq(reports.tenantId, tenantId), eq(reports.idempotencyKey, input.idempotencyKey)));
      if (existing) return { report: existing, created: false };
    }

    const [category] = await tx
      .select()
      .from(reportCategories)
      .where(
        and(
          eq(reportCategories.tenantId, tenantId),
          eq(reportCategories.id, input.categoryId),
          eq(reportCategories.active, true),
        ),
      );
    if (!category)
      throw new AppError('VALIDATION_FAILED', [
        { path: 'categoryId', code: 'unknown', message: 'reports.errors.categoryUnknown' },
      ]);
    const { problems: answerErrors, kept } = answerProblems(category.questions, input.answers ?? {});
    if (answerErrors.length) throw new AppError('VALIDATION_FAILED', answerErrors);

    let areaId: string | null = null;
    const location = hasPoint ? ([input.lon, input.lat] as [number, number]) : null;
    if (location) {
      const where = await locate(tx, tenantId, location);
      if (!where.inside)
        throw new AppError('OUTSIDE_TERRITORY', [
          { path: 'location', code: 'outside', message: 'errors.outsideTerritory' },
        ]);
      areaId = where.areaId;
    }

    const routed = await routeFor(tx, tenantId, category, areaId);
    const statuses = await ensureStatuses(tx, tenantId);
    const initial = statuses.find((s) => s.initial) ?? statuses[0];
    if (!initial) throw new AppError('CONFLICT');
    const [next] = await tx
      .select({ n: sql<number>`coalesce(max(${reports.number}), 0) + 1` })
      .from(reports)
      .where(eq(reports.tenantId, tenantId));
    const now = new Date();
    const staffId = by.kind === 'staff' ? by.actor.id : null;
    const row: typeof reports.$inferInsert = {
      tenantId,
      number: Number(next?.n ?? 1),
      type,
      categoryId: category.id,
      statusId: initial.id,
      open: !initial.closed,
      priority: input.priority ?? 'normal',
      channel: input.channel ?? (by.kind === 'staff' ? 'phone' : 'web'),
      location,
      address: clean(input.address),
      areaId,
      description: clean(input.description),
      answers: kept,
      anonymousPublic: input.anonymousPublic ?? true,
      citizenId: by.kind === 'citizen' ? by.citizenId : null,
      contactName: orNull(input.contactName),
      contactEmail: orNull(input.contactEmail)?.toLowerCase() ?? null,
      contactPhone: orNull(input.contactPhone),
      officeId: routed.officeId,
      assigneeId: routed.assigneeId,
      submittedById: staffId,
      idempotencyKey: input.idempotencyKey ?? null,
      externalRef: orNull(input.externalRef),
      dueAt: category.slaHours ? new Date(now.getTime() + category.slaHours * 3_600_000) : null,
      createdAt: now,
      updatedAt: now,
    };
    const [report] = await tx.insert(reports).values(row).returning();
    if (!report) throw new Error('report insert returned nothing');
    await tx.insert(reportUpdates).values({
      tenantId,
      reportId: report.id,
      public: true,
      toStatusId: initial.id,
      authorStaffId: staffId,
      createdAt: now,
    });
    if (by.kind === 'staff')
      await recordAudit(tx, tenantId, by.actor, {
        action: 'report.created',
        entity: 'report',
        entityId: report.id,
        // No contact data in the audit log: it must go with an erasure, the log stays.
        changes: diff(null, {
          number: report.number,
          type: report.type,
          categoryId: report.categoryId,
          channel: report.channel,
          priority: report.priority,
          areaId: report.areaId,
        }),
      });
    return { report, created: true };
  });
}
