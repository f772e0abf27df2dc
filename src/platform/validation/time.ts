/** A wall-clock time of day as typed in forms: `HH:MM`, 24 hours, 00:00 to 23:59. */
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isValidTime(value: string): boolean {
  return HH_MM.test(value);
}

/** Minutes since midnight of an `HH:MM` (or `HH:MM:SS`, as PostgreSQL returns `time`) value. */
export function minutesOf(value: string): number {
  const [h, m] = value.split(':');
  return Number(h) * 60 + Number(m);
}

/** `08:30:00` → `08:30`. */
export function shortTime(value: string): string {
  return value.slice(0, 5);
}
