import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Messages } from '../../platform/i18n/index.js';
import { DEMO_REPORT_CATEGORIES } from './demo.js';
import { reportsMessages } from './messages.js';
import { boundingBox, haversineMetres, isValidQuestions } from './model.js';

test('extra questions: Open311-shaped lists pass; duplicate codes, lists without choices, unknown fields fail', () => {
  const list = {
    code: 'dove',
    label: 'Dove?',
    datatype: 'singlevaluelist',
    required: true,
    values: [{ key: 'strada', name: 'Strada' }],
  };
  assert.equal(isValidQuestions([]), true);
  assert.equal(
    isValidQuestions([list, { code: 'palo', label: 'Numero del palo', datatype: 'string', required: false }]),
    true,
  );
  assert.equal(isValidQuestions([list, { ...list, label: 'Di nuovo' }]), false, 'codes must be unique');
  assert.equal(isValidQuestions([{ ...list, values: [] }]), false, 'a list needs choices');
  assert.equal(isValidQuestions([{ ...list, colour: 'red' }]), false, 'no unknown fields');
  assert.equal(isValidQuestions([{ ...list, datatype: 'image' }]), false, 'Open311 datatypes only');
  assert.equal(isValidQuestions([{ ...list, code: 'Dove Sei' }]), false, 'codes are identifiers');
  assert.equal(isValidQuestions({ code: 'x' }), false);
  for (const c of DEMO_REPORT_CATEGORIES) assert.equal(isValidQuestions(c.questions), true, c.slug);
});

test('haversine distances and the bounding box that always contains the circle', () => {
  const centre: [number, number] = [7.65, 44.85];
  // One degree of latitude is about 111.2 km.
  assert.ok(Math.abs(haversineMetres(centre, [7.65, 45.85]) - 111_195) < 5);
  const box = boundingBox(centre, 250);
  for (let bearing = 0; bearing < 360; bearing += 15) {
    const rad = (bearing * Math.PI) / 180;
    const dLat = (250 * Math.cos(rad)) / 111_195;
    const dLon = (250 * Math.sin(rad)) / (111_195 * Math.cos((44.85 * Math.PI) / 180));
    const [lon, lat] = [7.65 + dLon, 44.85 + dLat];
    assert.ok(haversineMetres(centre, [lon, lat]) <= 250.5);
    assert.ok(
      lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon,
      `bearing ${bearing}`,
    );
  }
});

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as Messages, `${prefix}${k}.`),
  );
}

test('every Italian text of segnalazioni has an English and a German translation, and nothing else', () => {
  const it = keys(reportsMessages.it).sort();
  assert.ok(it.length > 20);
  assert.deepEqual(keys(reportsMessages.en).sort(), it);
  assert.deepEqual(keys(reportsMessages.de).sort(), it);
});
