import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDateTime, formatLongDate, formatNumber, isoDay, spreadsheetDateTime } from './format.js';

// 23:30 UTC on 31 December is already New Year's Day in Rome: the Comune's zone decides the day.
const newYear = new Date('2025-12-31T23:30:05Z');

test('dates are shown in the Comune time zone with four-digit years', () => {
  assert.equal(formatDateTime(newYear, 'it'), '01/01/2026, 00:30');
  assert.equal(formatDateTime(newYear, 'it', true), '01/01/2026, 00:30:05');
  assert.equal(formatDateTime(null, 'it'), '');
  assert.equal(formatLongDate(newYear, 'it'), '1 gennaio 2026');
  assert.equal(isoDay(newYear), '2026-01-01');
  assert.equal(spreadsheetDateTime(newYear), '2026-01-01 00:30:05');
});

test('numbers follow the reader language', () => {
  assert.equal(formatNumber(28146, 'it'), '28.146');
  assert.equal(formatNumber(28146, 'en'), '28,146');
});
