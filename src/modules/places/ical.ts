// iCalendar (RFC 5545) output for events, written by hand: CRLF line endings, lines folded at 75
// octets without splitting a UTF-8 character, TEXT values escaped (backslash, semicolon, comma, newline).

export interface IcalEvent {
  /** Stable identity: the event's id; the UID is `<id>@<host>`. */
  id: string;
  title: string;
  description: string;
  location: string;
  url: string;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  cancelled: boolean;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into chunks of at most 75 octets (§3.1); continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = MAX_OCTETS;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** 20261123T201500Z */
export function icalUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function vevent(event: IcalEvent, host: string, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.id}@${host}`,
    `DTSTAMP:${icalUtc(stamp)}`,
    `LAST-MODIFIED:${icalUtc(event.updatedAt)}`,
    `DTSTART:${icalUtc(event.startsAt)}`,
    `DTEND:${icalUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR with the given events. `stamp` is the DTSTAMP of every event (now). */
export function buildCalendar(input: {
  name: string;
  host: string;
  events: IcalEvent[];
  stamp?: Date;
}): string {
  const stamp = input.stamp ?? new Date();
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Campanile//${escapeText(input.host)}//IT`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    'X-WR-TIMEZONE:Europe/Rome',
    ...input.events.flatMap((e) => vevent(e, input.host, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** Parses iCalendar text back into properties per component (unfolding and unescaping); for tests. */
export function parseCalendar(text: string): Array<Record<string, string>> {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const components: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of unfolded.split('\r\n')) {
    if (!line) continue;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      current = { BEGIN: value };
      components.push(current);
    } else if (current && name !== 'END') {
      current[name] = value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    }
  }
  return components;
}
