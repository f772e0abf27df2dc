import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateCitizens } from '../../../cli/demo/comune-data.js';
import { applyOmocodia } from '../../../platform/validation/fiscal-code.js';
import { identityFromClaims, localPath, normalizeFiscalNumber } from './claims.js';

test('fiscal numbers: the TINIT- prefix goes, case is normalised, omocodia is accepted', () => {
  assert.equal(normalizeFiscalNumber('TINIT-RSSMRA85T10A562S'), 'RSSMRA85T10A562S');
  assert.equal(normalizeFiscalNumber(' tinit-rssmra85t10a562s '), 'RSSMRA85T10A562S');
  assert.equal(normalizeFiscalNumber('RSSMRA85T10A562S'), 'RSSMRA85T10A562S');
  // Omocodia: digits replaced by LMNPQRSTUV.
  const omocodic = applyOmocodia('RSSMRA85T10A562S', 7);
  assert.match(omocodic, /^RSSMRA[L-V]{2}T[L-V]{2}A[L-V]{3}[A-Z]$/);
  assert.equal(normalizeFiscalNumber(`TINIT-${omocodic}`), omocodic);
  for (const citizen of generateCitizens(200)) assert.ok(normalizeFiscalNumber(citizen.fiscalCode));
});

test('fiscal numbers: anything else is refused', () => {
  for (const bad of [
    undefined,
    42,
    '',
    'TINIT-',
    'RSSMRA85T10A562',
    'RSSMRA85T10A562SX',
    'RSSMRA85Z10A562S', // Z is no month
    'RSSMRA85T10A562X', // wrong check character
    'RSSMRA85T35A562S', // day 35 does not exist
    'RSSMRA8AT10A562S', // A is no omocodia letter
    '00938170016', // a legal entity's code
    'TINIT-RSSMRA85T10A562S-',
    'XXIT-RSSMRA85T10A562S',
  ])
    assert.equal(normalizeFiscalNumber(bad), null, String(bad));
});

test('claims: fiscal number, names and e-mail; the AgID attribute URI is understood too', () => {
  assert.deepEqual(
    identityFromClaims({
      sub: 'x',
      fiscal_number: 'TINIT-RSSMRA85T10A562S',
      given_name: '  Mario  Luigi ',
      family_name: "D'Amico",
      email: 'mario@example.org',
    }),
    {
      fiscalCode: 'RSSMRA85T10A562S',
      givenName: 'Mario Luigi',
      familyName: "D'Amico",
      email: 'mario@example.org',
    },
  );
  assert.equal(
    identityFromClaims({
      'https://attributes.eid.gov.it/fiscal_number': 'TINIT-RSSMRA85T10A562S',
      given_name: 'Mario',
      family_name: 'Rossi',
      email: 'not an address',
    })?.email,
    null,
  );
  assert.equal(identityFromClaims({ fiscal_number: 'TINIT-RSSMRA85T10A562S', given_name: 'Mario' }), null);
  assert.equal(
    identityFromClaims({ fiscal_number: 'nope', given_name: 'Mario', family_name: 'Rossi' }),
    null,
  );
  assert.equal(
    identityFromClaims({ fiscal_number: 'TINIT-RSSMRA85T10A562S', given_name: ' ', family_name: 'Rossi' }),
    null,
  );
});

test('next: local paths only', () => {
  assert.equal(localPath('/area-personale'), '/area-personale');
  assert.equal(localPath('/servizi?x=1#a'), '/servizi?x=1#a');
  for (const bad of [
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil.example',
    '/ok\nLocation: x',
    '',
    `/${'a'.repeat(1000)}`,
    null,
  ])
    assert.equal(localPath(bad), null, String(bad));
});
