/**
 * The one shape every benchmark prints, so a script can read them (see DESIGN, "Tests and CI"):
 *   bench <name>: <value> <unit> (baseline <value> <unit>, ratio <r>)
 * `ratio` is value ÷ baseline. Only these lines go to stdout; commentary goes to stderr (note()).
 */

export interface Figure {
  value: number;
  unit: string;
}

/** Plain decimal, no thousands separators: 3 significant digits below 1000, whole numbers above. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1000) return String(Math.round(n));
  if (abs === 0) return '0';
  return String(Number(n.toPrecision(3)));
}

export function formatLine(name: string, measured: Figure, baseline: Figure): string {
  const ratio = baseline.value === 0 ? Number.NaN : measured.value / baseline.value;
  return `bench ${name}: ${formatNumber(measured.value)} ${measured.unit} (baseline ${formatNumber(baseline.value)} ${baseline.unit}, ratio ${formatNumber(ratio)})`;
}

export function report(name: string, measured: Figure, baseline: Figure): void {
  process.stdout.write(`${formatLine(name, measured, baseline)}\n`);
}

/** A remark for people (sizes, which page was measured, goals): stderr, never parsed. */
export function note(text: string): void {
  process.stderr.write(`  ${text}\n`);
}

/** True when the benchmark was started with --quick (CI smoke: the whole run in under a minute). */
export const QUICK = process.argv.includes('--quick');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
