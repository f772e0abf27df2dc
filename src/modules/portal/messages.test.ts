import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portalMessages } from './messages.js';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

test('the portal speaks Italian, English and German: every Italian text has its translations', () => {
  const italian = keys(portalMessages.it as Tree).sort();
  for (const locale of ['en', 'de'] as const) {
    const translated = new Set(keys(portalMessages[locale] as Tree));
    const missing = italian.filter((k) => !translated.has(k));
    assert.deepEqual(missing, [], locale);
  }
});
