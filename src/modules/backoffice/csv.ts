/**
 * CSV for spreadsheets: RFC 4180 quoting, semicolons as separators (what Excel expects with Italian
 * regional settings), CRLF line ends and a UTF-8 byte-order mark so accents survive the double-click.
 * Cells that a spreadsheet would run as formulas (=, +, -, @, tab, CR) get a leading apostrophe
 * (OWASP "CSV injection").
 */
export const CSV_SEPARATOR = ';';
export const UTF8_BOM = '\uFEFF';

export function csvCell(value: unknown): string {
  let text =
    value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(CSV_SEPARATOR);
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return `${UTF8_BOM}${[csvRow(header), ...rows.map(csvRow)].join('\r\n')}\r\n`;
}
