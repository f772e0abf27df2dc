import { and, asc, eq } from 'drizzle-orm';
import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, type Tx, withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { isValidTime, minutesOf, shortTime } from '../../../platform/validation/time.js';
import { officeHours, offices } from '../schema.js';

/** One opening slot: ISO weekday (1 = Monday … 7 = Sunday), times as HH:MM. */
export interface OpeningSlot {
  weekday: number;
  opens: string;
  closes: string;
}

/** A row of the hours form as submitted: anything may be empty or wrong. */
export interface SlotRow {
  weekday: string | number;
  opens: string;
  closes: string;
}

export const MAX_SLOTS_PER_DAY = 6;

/**
 * Checks the rows of the hours form and keeps the filled ones. Errors name the row by its position in
 * the form (`hours/3/closes`), so the page can mark the right field. Blank rows are ignored; a row needs
 * both times in HH:MM, closing after opening, and no two slots of a day may overlap (touching is fine:
 * 12:30–14:00 then 14:00–18:00).
 */
export function checkOpeningHours(rows: SlotRow[]): { slots: OpeningSlot[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const filled: Array<OpeningSlot & { index: number }> = [];
  const err = (index: number, field: string, message: string, params?: Record<string, string | number>) =>
    errors.push({ path: `hours/${index}/${field}`, code: 'invalid', message, ...(params ? { params } : {}) });

  rows.forEach((row, index) => {
    const opens = String(row.opens ?? '').trim();
    const closes = String(row.closes ?? '').trim();
    if (!opens && !closes) return;
    const weekday = Number(row.weekday);
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      err(index, 'opens', 'offices.hours.errors.weekday');
      return;
    }
    if (!opens || !closes) {
      err(index, opens ? 'closes' : 'opens', 'offices.hours.errors.incomplete');
      return;
    }
    let ok = true;
    if (!isValidTime(opens)) {
      err(index, 'opens', 'offices.hours.errors.time');
      ok = false;
    }
    if (!isValidTime(closes)) {
      err(index, 'closes', 'offices.hours.errors.time');
      ok = false;
    }
    if (!ok) return;
    if (minutesOf(closes) <= minutesOf(opens)) {
      err(index, 'closes', 'offices.hours.errors.order');
      return;
    }
    filled.push({ weekday, opens, closes, index });
  });

  for (let day = 1; day <= 7; day++) {
    const slots = filled
      .filter((s) => s.weekday === day)
      .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
    if (slots.length > MAX_SLOTS_PER_DAY) {
      const extra = slots[MAX_SLOTS_PER_DAY]!;
      err(extra.index, 'opens', 'offices.hours.errors.tooMany', { limit: MAX_SLOTS_PER_DAY });
    }
    // Sorted by opening time, a slot overlaps an earlier one exactly when it opens before the latest close so far.
    let latest: (typeof slots)[number] | undefined;
    for (const slot of slots) {
      if (latest && minutesOf(slot.opens) < minutesOf(latest.closes)) {
        err(slot.index, 'opens', 'offices.hours.errors.overlap', {
          opens: latest.opens,
          closes: latest.closes,
        });
      }
      if (!latest || minutesOf(slot.closes) > minutesOf(latest.closes)) latest = slot;
    }
  }

  const slots = filled
    .map(({ weekday, opens, closes }) => ({ weekday, opens, closes }))
    .sort((a, b) => a.weekday - b.weekday || minutesOf(a.opens) - minutesOf(b.opens));
  return { slots, errors };
}

/** The office's weekly hours, in order. */
export async function readOpeningHours(tx: Tx, tenantId: string, officeId: string): Promise<OpeningSlot[]> {
  const rows = await tx
    .select({ weekday: officeHours.weekday, opens: officeHours.opens, closes: officeHours.closes })
    .from(officeHours)
    .where(and(eq(officeHours.tenantId, tenantId), eq(officeHours.officeId, officeId)))
    .orderBy(asc(officeHours.weekday), asc(officeHours.opens));
  return rows.map((r) => ({ weekday: r.weekday, opens: shortTime(r.opens), closes: shortTime(r.closes) }));
}

/** Replaces an office's weekly hours with the submitted rows, after checking them all. */
export async function setOfficeHours(
  database: Database,
  tenantId: string,
  actor: AuditActor,
  officeId: string,
  rows: SlotRow[],
): Promise<{ changed: boolean }> {
  const { slots, errors } = checkOpeningHours(rows);
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
  return withTenant(database, tenantId, async (tx) => {
    const [office] = await tx
      .select({ id: offices.id })
      .from(offices)
      .where(and(eq(offices.tenantId, tenantId), eq(offices.id, officeId)))
      .for('update')
      .limit(1);
    if (!office) throw new AppError('NOT_FOUND');
    const before = await readOpeningHours(tx, tenantId, officeId);
    const changes = diff({ hours: before }, { hours: slots });
    if (Object.keys(changes).length === 0) return { changed: false };
    await tx
      .delete(officeHours)
      .where(and(eq(officeHours.tenantId, tenantId), eq(officeHours.officeId, officeId)));
    if (slots.length > 0)
      await tx.insert(officeHours).values(slots.map((s) => ({ tenantId, officeId, ...s })));
    await recordAudit(tx, tenantId, actor, {
      action: 'office.hours_set',
      entity: 'office',
      entityId: officeId,
      changes,
    });
    return { changed: true };
  });
}
