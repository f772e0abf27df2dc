import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Messages } from '../../platform/i18n/index.js';
import { placesMessages } from './messages.js';

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as Messages, `${prefix}${k}.`),
  );
}

test('every Italian text of places and events has an English and a German translation, and nothing else', () => {
  const it = keys(placesMessages.it).sort();
  assert.ok(it.length > 100);
  assert.deepEqual(keys(placesMessages.en).sort(), it);
  assert.deepEqual(keys(placesMessages.de).sort(), it);
});
