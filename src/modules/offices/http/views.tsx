/// <reference types="@kitajs/html/htmx.d.ts" />
import type { Translate } from '../../../platform/i18n/index.js';
import { errorFor, type FormState, fieldId } from '../../../platform/views/form.js';
import type { OpeningSlot } from '../commands/set-office-hours.js';

export const OFFICES_PATH = '/backoffice/uffici';
export const officePath = (id: string, suffix = '') => `${OFFICES_PATH}/${id}${suffix}`;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A row of the hours editor: where it sits in the submitted form (for error ids) and its values. */
export interface HoursRow {
  index: number | string;
  weekday: number;
  opens: string;
  closes: string;
}

/** The editor's rows for the saved hours: each day's slots plus blank rows, at least two per day. */
export function rowsForHours(hours: OpeningSlot[]): HoursRow[] {
  const rows: HoursRow[] = [];
  for (const day of WEEKDAYS) {
    const slots = hours.filter((h) => h.weekday === day);
    const blanks = Math.max(1, 2 - slots.length);
    for (const s of slots) rows.push({ index: rows.length, weekday: day, opens: s.opens, closes: s.closes });
    for (let i = 0; i < blanks; i++) rows.push({ index: rows.length, weekday: day, opens: '', closes: '' });
  }
  return rows;
}

/** "08:30–12:30, 14:30–16:30" for one day, or "Chiuso". */
export function daySummary(hours: OpeningSlot[], day: number, t: Translate): string {
  const slots = hours.filter((h) => h.weekday === day);
  return slots.length ? slots.map((s) => `${s.opens}–${s.closes}`).join(', ') : t('offices.hours.closed');
}

function TimeInput(props: {
  form: FormState;
  t: Translate;
  index: number | string;
  field: 'opens' | 'closes';
  value: string;
  context: string;
}): JSX.Element {
  const path = `hours/${props.index}/${props.field}`;
  const id = fieldId(path);
  const error = errorFor(props.form, path, props.t);
  return (
    <div class="form-group mb-2">
      <label for={id} class="active">
        <span class="visually-hidden" safe>
          {`${props.context}: `}
        </span>
        <span safe>{props.t(`offices.hours.${props.field}`)}</span>
      </label>
      <input
        type="time"
        id={id}
        name={props.field}
        value={props.value}
        step="60"
        class={error ? 'form-control is-invalid' : 'form-control'}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <div id={`${id}-error`} class="invalid-feedback d-block" safe>
          {error}
        </div>
      ) : (
        ''
      )}
    </div>
  );
}

/** One slot of the hours editor: the day travels as a hidden field, so rows may come in any order. */
export function SlotRow(props: {
  form: FormState;
  t: Translate;
  row: HoursRow;
  context: string;
}): JSX.Element {
  const { row } = props;
  return (
    <div class="row g-3 hours-slot">
      <input type="hidden" name="weekday" value={String(row.weekday)} />
      <div class="col-6 col-md-4 col-xl-3">
        <TimeInput
          form={props.form}
          t={props.t}
          index={row.index}
          field="opens"
          value={row.opens}
          context={props.context}
        />
      </div>
      <div class="col-6 col-md-4 col-xl-3">
        <TimeInput
          form={props.form}
          t={props.t}
          index={row.index}
          field="closes"
          value={row.closes}
          context={props.context}
        />
      </div>
    </div>
  );
}

/**
 * A weekday of the editor. "Aggiungi fascia" is a submit button: without JavaScript it posts the form,
 * which comes back with one more blank row for the day (nothing saved); with htmx it fetches the row.
 */
export function DayFieldset(props: {
  form: FormState;
  t: Translate;
  officeId: string;
  day: number;
  rows: HoursRow[];
}): JSX.Element {
  const { t, day } = props;
  const dayName = t(`offices.weekdays.${day}`);
  return (
    <fieldset class="mb-4 hours-day">
      <legend class="h5" safe>
        {dayName}
      </legend>
      <div id={`hours-day-${day}`}>
        {props.rows.map((row, i) => (
          <SlotRow
            form={props.form}
            t={t}
            row={row}
            context={t('offices.hours.slotContext', { day: dayName, n: i + 1 })}
          />
        ))}
      </div>
      <button
        type="submit"
        name="add"
        value={String(day)}
        class="btn btn-outline-primary btn-xs"
        hx-get={officePath(props.officeId, `/orari/fascia?weekday=${day}`)}
        hx-target={`#hours-day-${day}`}
        hx-swap="beforeend"
      >
        <span safe>{t('offices.hours.addSlot')}</span>
        <span class="visually-hidden" safe>
          {t('offices.hours.addSlotDay', { day: dayName })}
        </span>
      </button>
    </fieldset>
  );
}

/** Labels of the editor's fields for the error summary: "Martedì, fascia 2: apertura". */
export function hoursLabels(rowsByDay: Map<number, HoursRow[]>, t: Translate): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [day, rows] of rowsByDay) {
    const dayName = t(`offices.weekdays.${day}`);
    rows.forEach((row, i) => {
      labels[`hours/${row.index}/opens`] = t('offices.hours.slotOpens', { day: dayName, n: i + 1 });
      labels[`hours/${row.index}/closes`] = t('offices.hours.slotCloses', { day: dayName, n: i + 1 });
    });
  }
  return labels;
}
