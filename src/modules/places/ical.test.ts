import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCalendar, escapeText, foldLine, parseCalendar } from './ical.js';

const description =
  'Concerto in piazza, con la Filarmonica; ingresso libero.\nIn caso di pioggia: Teatro civico “Vittorio Alfieri”, Via Vittorio Alfieri 2 — città, perché è più caldo. Percorso \\ accessibile è garantito à tutti, già e più: ùòàèé.';

function calendar(cancelled = false): string {
  return buildCalendar({
    name: 'Eventi del Comune di Valmorena',
    host: 'valmorena.localhost',
    stamp: new Date('2026-11-23T10:00:00Z'),
    events: [
      {
        id: '3f8a1c52-0000-4000-8000-000000000001',
        title: 'Notte Bianca, musica; e altro',
        description,
        location: 'Piazza Martiri della Libertà 1, Valmorena',
        url: 'http://valmorena.localhost/vivere-il-comune/eventi/notte-bianca',
        startsAt: new Date('2026-07-18T17:00:00Z'),
        endsAt: new Date('2026-07-19T00:00:00Z'),
        updatedAt: new Date('2026-11-01T08:00:00Z'),
        cancelled,
      },
    ],
  });
}

test('every line ends in CRLF and no physical line is longer than 75 octets', () => {
  const text = calendar();
  assert.ok(text.endsWith('\r\n'));
  assert.equal(/[^\r]\n/.test(text), false, 'bare LF found');
  for (const line of text.slice(0, -2).split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `too long: ${line}`);
  }
  // Folding produced continuation lines that start with one space.
  assert.match(text, /\r\n [^\r\n]/);
});

test('folding never splits a UTF-8 character', () => {
  const folded = foldLine(`DESCRIPTION:${'è'.repeat(100)}`);
  for (const line of folded.split('\r\n')) {
    assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line);
    assert.ok(!line.includes('\uFFFD'));
    assert.ok(Buffer.byteLength(line) <= 75);
  }
  assert.equal(folded.replace(/\r\n /g, ''), `DESCRIPTION:${'è'.repeat(100)}`);
});

test('text is escaped and parses back to the original', () => {
  assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
  const [cal, event] = parseCalendar(calendar());
  assert.equal(cal?.BEGIN, 'VCALENDAR');
  assert.equal(cal?.VERSION, '2.0');
  assert.equal(cal?.['X-WR-CALNAME'], 'Eventi del Comune di Valmorena');
  assert.equal(event?.BEGIN, 'VEVENT');
  assert.equal(event?.SUMMARY, 'Notte Bianca, musica; e altro');
  assert.equal(event?.DESCRIPTION, description);
  assert.equal(event?.LOCATION, 'Piazza Martiri della Libertà 1, Valmorena');
  assert.equal(event?.UID, '3f8a1c52-0000-4000-8000-000000000001@valmorena.localhost');
  assert.equal(event?.DTSTART, '20260718T170000Z');
  assert.equal(event?.DTEND, '20260719T000000Z');
  assert.equal(event?.DTSTAMP, '20261123T100000Z');
  assert.equal(event?.STATUS, 'CONFIRMED');
  // Raw text: commas and semicolons inside values are escaped.
  assert.match(calendar().replace(/\r\n /g, ''), /SUMMARY:Notte Bianca\\, musica\\; e altro\r\n/);
});

test('a cancelled event says STATUS:CANCELLED and keeps its UID', () => {
  const [, a] = parseCalendar(calendar());
  const [, b] = parseCalendar(calendar(true));
  assert.equal(b?.STATUS, 'CANCELLED');
  assert.equal(a?.UID, b?.UID);
});
