import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applyOmocodia,
  CITIZEN_EMAIL_DOMAINS,
  computeFiscalCode,
  createRng,
  DEMO_DOMAIN,
  DEMO_REFERENCE_DATE,
  demoAreas,
  demoLogins,
  demoOffices,
  demoStaff,
  demoStreets,
  demoTenant,
  demoTerritory,
  entityFiscalCodeCheckDigit,
  FEMALE_NAMES_CLASSIC,
  FEMALE_NAMES_MODERN,
  generateCitizens,
  isSimpleRing,
  isValidEntityFiscalCode,
  isValidPersonFiscalCode,
  MALE_NAMES_CLASSIC,
  MALE_NAMES_MODERN,
  pointInPolygon,
  polygonAreaKm2,
  polygonCentroid,
  STAFF_ROLES,
  SURNAMES_NORTH,
  SURNAMES_PIEDMONT,
  SURNAMES_SOUTH,
  signedArea,
} from './comune-data.js';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  assert.ok(m, `bad colour ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = Number.parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastOnWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

function areaBySlug(slug: string) {
  const area = demoAreas.find((a) => a.slug === slug);
  assert.ok(area, `unknown area ${slug}`);
  return area;
}

function bbox(polygon: [number, number][]) {
  const lons = polygon.map((p) => p[0]);
  const lats = polygon.map((p) => p[1]);
  return {
    minLon: Math.min(...lons),
    maxLon: Math.max(...lons),
    minLat: Math.min(...lats),
    maxLat: Math.max(...lats),
  };
}

// ---------------------------------------------------------------------------------------------
// Tenant
// ---------------------------------------------------------------------------------------------

test('tenant: identity, hosts and contacts are well-formed', () => {
  assert.equal(demoTenant.name, `Comune di ${demoTenant.shortName}`);
  assert.match(demoTenant.slug, /^[a-z][a-z0-9-]*$/);
  assert.ok(demoTenant.hostnames.includes('localhost'));
  assert.ok(demoTenant.hostnames.includes('127.0.0.1'));
  assert.match(demoTenant.istatCode, /^001\d{3}$/);
  assert.match(demoTenant.belfioreCode, /^[A-Z]\d{3}$/);
  assert.equal(demoTenant.province, 'TO');
  assert.equal(demoTenant.region, 'Piemonte');
  assert.match(demoTenant.postalCode, /^10\d{3}$/);
  assert.match(demoTenant.email, new RegExp(`@${DEMO_DOMAIN.replaceAll('.', '\\.')}$`));
  assert.equal(demoTenant.pec, `protocollo@pec.${DEMO_DOMAIN}`);
  assert.match(demoTenant.website, /^https:\/\//);
  assert.match(demoTenant.phone, /^\+39 0\d/);
  assert.ok(demoTenant.residents > 26000 && demoTenant.residents < 30000);
  const { lat, lon } = demoTenant.center;
  assert.ok(lat >= 44.8 && lat <= 44.9 && lon >= 7.6 && lon <= 7.8, 'center on the plain south of Turin');
  assert.ok(
    pointInPolygon(lon, lat, areaBySlug('centro-storico').polygon),
    'town hall in the Centro storico',
  );
});

test('tenant: colours have AA contrast on white', () => {
  for (const colour of [demoTenant.colors.primary, demoTenant.colors.secondary]) {
    assert.ok(contrastOnWhite(colour) >= 4.5, `${colour}: ${contrastOnWhite(colour).toFixed(2)}:1`);
  }
});

test('entity fiscal code: demo code validates, a wrong check digit fails', () => {
  assert.ok(isValidEntityFiscalCode(demoTenant.fiscalCode));
  const body = demoTenant.fiscalCode.slice(0, 10);
  const check = Number(demoTenant.fiscalCode.charAt(10));
  for (let wrong = 0; wrong <= 9; wrong++) {
    if (wrong !== check) assert.equal(isValidEntityFiscalCode(`${body}${wrong}`), false);
  }
  // Published code of the Comune di Torino.
  assert.ok(isValidEntityFiscalCode('00514490010'));
  assert.equal(entityFiscalCodeCheckDigit('0051449001'), 0);
  assert.equal(isValidEntityFiscalCode('0051449001'), false);
  assert.equal(isValidEntityFiscalCode('0051449001A'), false);
});

// ---------------------------------------------------------------------------------------------
// Areas
// ---------------------------------------------------------------------------------------------

test('areas: 8 quartieri/frazioni with unique slugs, residents add up', () => {
  assert.equal(demoAreas.length, 8);
  assert.equal(new Set(demoAreas.map((a) => a.slug)).size, 8);
  assert.ok(demoAreas.some((a) => a.kind === 'quartiere'));
  assert.ok(demoAreas.some((a) => a.kind === 'frazione'));
  assert.equal(
    demoAreas.reduce((sum, a) => sum + a.residents, 0),
    demoTenant.residents,
  );
});

test('areas: polygons are closed, simple, counter-clockwise, 6–14 vertices, centroid inside', () => {
  for (const area of demoAreas) {
    const ring = area.polygon;
    assert.deepEqual(ring[0], ring[ring.length - 1], `${area.slug}: ring not closed`);
    const vertices = ring.length - 1;
    assert.ok(vertices >= 6 && vertices <= 14, `${area.slug}: ${vertices} vertices`);
    assert.ok(isSimpleRing(ring), `${area.slug}: self-intersecting`);
    assert.ok(signedArea(ring) > 0, `${area.slug}: not counter-clockwise`);
    const [cx, cy] = polygonCentroid(ring);
    assert.ok(pointInPolygon(cx, cy, ring), `${area.slug}: centroid outside`);
  }
});

test('areas: they tile the territory without overlaps', () => {
  assert.ok(isSimpleRing(demoTerritory));
  const territoryKm2 = polygonAreaKm2(demoTerritory);
  assert.ok(territoryKm2 > 35 && territoryKm2 < 45, `territory is ${territoryKm2.toFixed(1)} km²`);
  const sumKm2 = demoAreas.reduce((sum, a) => sum + polygonAreaKm2(a.polygon), 0);
  assert.ok(Math.abs(sumKm2 - territoryKm2) < 1e-6, `areas ${sumKm2} km² vs territory ${territoryKm2} km²`);

  const box = bbox(demoTerritory);
  assert.ok(box.minLat >= 44.8 && box.maxLat <= 44.9 && box.minLon >= 7.6 && box.maxLon <= 7.8);
  // Grid of sample points, offset so that no sample falls exactly on a shared edge.
  const steps = 120;
  let insideTerritory = 0;
  for (let i = 0; i < steps; i++) {
    for (let j = 0; j < steps; j++) {
      const lon =
        box.minLon - 0.001 + ((box.maxLon - box.minLon + 0.002) * (i + 0.5 + Math.SQRT1_2 / 10)) / steps;
      const lat =
        box.minLat - 0.001 + ((box.maxLat - box.minLat + 0.002) * (j + 0.5 + Math.SQRT2 / 10)) / steps;
      const hits = demoAreas.filter((a) => pointInPolygon(lon, lat, a.polygon)).length;
      assert.ok(hits <= 1, `(${lon}, ${lat}) is inside ${hits} areas`);
      const inTerritory = pointInPolygon(lon, lat, demoTerritory);
      assert.equal(hits, inTerritory ? 1 : 0, `(${lon}, ${lat}): territory ${inTerritory}, areas ${hits}`);
      if (inTerritory) insideTerritory++;
    }
  }
  assert.ok(insideTerritory > steps * steps * 0.7);
});

// ---------------------------------------------------------------------------------------------
// Streets and offices
// ---------------------------------------------------------------------------------------------

test('streets: about 120 unique names, each point inside its own area only', () => {
  assert.ok(demoStreets.length >= 110 && demoStreets.length <= 130, `${demoStreets.length} streets`);
  assert.equal(new Set(demoStreets.map((s) => s.name)).size, demoStreets.length, 'duplicate street names');
  for (const street of demoStreets) {
    assert.match(street.name, /^(Via|Viale|Vicolo|Corso|Piazza|Piazzale|Piazzetta|Strada) /);
    const area = areaBySlug(street.area);
    assert.ok(pointInPolygon(street.lon, street.lat, area.polygon), `${street.name} outside ${street.area}`);
    for (const other of demoAreas) {
      if (other !== area) assert.equal(pointInPolygon(street.lon, street.lat, other.polygon), false);
    }
  }
  for (const area of demoAreas) {
    assert.ok(demoStreets.filter((s) => s.area === area.slug).length >= 8, `${area.slug}: too few streets`);
  }
});

test('offices: the 12 offices, with valid contacts, addresses and opening hours', () => {
  const expected = [
    'urp',
    'lavori-pubblici',
    'polizia-locale',
    'anagrafe',
    'suap',
    'sue',
    'servizi-sociali',
    'ambiente',
    'tributi',
    'segreteria-generale',
    'servizi-scolastici',
    'cultura-biblioteca',
  ];
  assert.deepEqual(demoOffices.map((o) => o.slug).sort(), [...expected].sort());
  assert.equal(new Set(demoOffices.map((o) => o.email)).size, demoOffices.length);
  for (const office of demoOffices) {
    assert.ok(office.email.endsWith(`@${DEMO_DOMAIN}`), office.email);
    assert.match(office.phone, /^\+39 011 \d{3} \d{4}$/);
    const street = demoStreets.find((s) => s.name === office.street);
    assert.ok(street, `${office.slug}: unknown street ${office.street}`);
    assert.equal(office.area, street.area);
    assert.equal(office.address, `${office.street} ${office.streetNumber}`);
    assert.ok(office.description.length > 40 && office.description.length < 300);
    assert.ok(office.openingHours.length > 0);
    const byDay = new Map<number, { opens: string; closes: string }[]>();
    for (const slot of office.openingHours) {
      assert.ok(slot.weekday >= 1 && slot.weekday <= 7);
      assert.match(slot.opens, /^([01]\d|2[0-3]):[0-5]\d$/);
      assert.match(slot.closes, /^([01]\d|2[0-3]):[0-5]\d$/);
      assert.ok(slot.opens < slot.closes, `${office.slug}: ${slot.opens}-${slot.closes}`);
      const list = byDay.get(slot.weekday) ?? [];
      list.push(slot);
      byDay.set(slot.weekday, list);
    }
    for (const list of byDay.values()) {
      list.sort((a, b) => a.opens.localeCompare(b.opens));
      for (let i = 1; i < list.length; i++) {
        const prev = list[i - 1];
        const cur = list[i];
        assert.ok(prev && cur && prev.closes <= cur.opens, `${office.slug}: overlapping slots`);
      }
    }
    assert.ok(!office.openingHours.some((s) => s.weekday === 7), `${office.slug}: open on Sunday`);
  }
  const police = demoOffices.find((o) => o.slug === 'polizia-locale');
  assert.ok(
    police?.openingHours.some((s) => s.weekday === 6 && s.closes <= '13:00'),
    'police: Saturday morning',
  );
});

// ---------------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------------

test('staff: roles, offices, companies and e-mails', () => {
  assert.ok(demoStaff.length >= 36 && demoStaff.length <= 44, `${demoStaff.length} staff`);
  assert.equal(new Set(demoStaff.map((m) => m.email)).size, demoStaff.length, 'duplicate e-mails');
  const officeSlugs = new Set(demoOffices.map((o) => o.slug));
  const counts = new Map<string, number>();
  for (const m of demoStaff) {
    counts.set(m.role, (counts.get(m.role) ?? 0) + 1);
    assert.match(m.email, new RegExp(`^[a-z]+\\.[a-z]+@${DEMO_DOMAIN.replaceAll('.', '\\.')}$`));
    if (m.role === 'contractor') {
      assert.deepEqual(m.offices, [], `${m.email}: contractors have no office`);
      assert.ok(m.company && m.company.length > 5, `${m.email}: contractor without company`);
    } else {
      assert.equal(m.company, undefined);
      assert.ok(m.offices.length > 0, `${m.email}: no office`);
      for (const slug of m.offices) assert.ok(officeSlugs.has(slug), `${m.email}: unknown office ${slug}`);
    }
  }
  for (const role of STAFF_ROLES) assert.ok((counts.get(role) ?? 0) >= 1, `no ${role}`);
  assert.ok((counts.get('admin') ?? 0) >= 2, 'at least two admins');
  const operators = counts.get('office_operator') ?? 0;
  for (const [role, n] of counts)
    if (role !== 'office_operator') assert.ok(operators > n, `${role} ≥ operators`);
  assert.ok(operators * 2 > demoStaff.length, 'most staff are office operators');
  assert.ok(demoStaff.some((m) => m.company === 'Acque Sabaude S.p.A.'));
  for (const office of demoOffices) {
    assert.ok(
      demoStaff.some((m) => m.offices.includes(office.slug)),
      `${office.slug}: nobody works there`,
    );
  }
});

test('demo logins: one per role, all in the staff list', () => {
  assert.deepEqual(demoLogins.map((l) => l.role).sort(), [...STAFF_ROLES].sort());
  for (const login of demoLogins) {
    const member = demoStaff.find((m) => m.email === login.email);
    assert.ok(member, `${login.email} not in demoStaff`);
    assert.equal(member.role, login.role);
    assert.ok(login.description.length > 20);
  }
});

// ---------------------------------------------------------------------------------------------
// Person fiscal codes and citizens
// ---------------------------------------------------------------------------------------------

test('person fiscal code: published examples', () => {
  // Mario Rossi, born in San Giuliano Terme (A562) on 10 December 1985.
  assert.equal(
    computeFiscalCode({
      familyName: 'Rossi',
      givenName: 'Mario',
      birthDate: '1985-12-10',
      gender: 'M',
      birthPlaceCode: 'A562',
    }),
    'RSSMRA85T10A562S',
  );
  // Matteo Moretti, born in Milano (F205) on 9 April 1925.
  assert.equal(
    computeFiscalCode({
      familyName: 'Moretti',
      givenName: 'Matteo',
      birthDate: '1925-04-09',
      gender: 'M',
      birthPlaceCode: 'F205',
    }),
    'MRTMTT25D09F205Z',
  );
  assert.ok(isValidPersonFiscalCode('RSSMRA85T10A562S'));
  assert.ok(isValidPersonFiscalCode('rssmra85t10a562s'), 'case-insensitive');
  assert.ok(isValidPersonFiscalCode('MRTMTT25D09F205Z'));
  assert.equal(isValidPersonFiscalCode('RSSMRA85T10A562T'), false, 'wrong check character');
  assert.equal(isValidPersonFiscalCode('RSSMRA85T32A562S'), false, 'day 32');
  assert.equal(isValidPersonFiscalCode('RSSMRA85K10A562S'), false, 'bad month letter');
  assert.equal(isValidPersonFiscalCode('RSSMRA85T10A562'), false, 'too short');
});

test('person fiscal code: name rules, women, accents and omocodia', () => {
  const base = { birthDate: '1985-12-10', gender: 'M' as const, birthPlaceCode: 'L219' };
  // 4+ consonants in the given name: 1st, 3rd and 4th.
  assert.equal(
    computeFiscalCode({ ...base, familyName: 'Rossi', givenName: 'Gianfranco' }).slice(3, 6),
    'GFR',
  );
  // Short names are padded with X.
  assert.equal(computeFiscalCode({ ...base, familyName: 'Fo', givenName: 'Bo' }).slice(0, 6), 'FOXBOX');
  // Apostrophes, spaces and accents are ignored (Niccolò: N, C, C, L → 1st, 3rd, 4th).
  assert.equal(
    computeFiscalCode({ ...base, familyName: "D'Amico", givenName: 'Niccolò' }).slice(0, 6),
    'DMCNCL',
  );
  assert.equal(
    computeFiscalCode({ ...base, familyName: 'De Luca', givenName: 'Anna Maria' }).slice(0, 6),
    'DLCNMR',
  );
  // Women: day + 40.
  const maria = computeFiscalCode({ ...base, gender: 'F', familyName: 'Rossi', givenName: 'Maria' });
  assert.equal(maria.slice(0, 11), 'RSSMRA85T50');
  assert.ok(isValidPersonFiscalCode(maria));
  // Omocodia: digits replaced from the right, still valid.
  const omo = applyOmocodia('RSSMRA85T10A562S', 1);
  assert.equal(omo.slice(0, 15), 'RSSMRA85T10A56N');
  assert.ok(isValidPersonFiscalCode(omo));
  assert.ok(isValidPersonFiscalCode(applyOmocodia('RSSMRA85T10A562S', 7)));
  assert.throws(() =>
    computeFiscalCode({ ...base, birthDate: '1985-02-30', familyName: 'Rossi', givenName: 'Mario' }),
  );
});

test('name pools: about 150 given names and 200 surnames, no duplicates', () => {
  const given = [
    ...MALE_NAMES_CLASSIC,
    ...MALE_NAMES_MODERN,
    ...FEMALE_NAMES_CLASSIC,
    ...FEMALE_NAMES_MODERN,
  ];
  assert.ok(given.length >= 140, `${given.length} given names`);
  assert.equal(new Set(given).size, given.length, 'duplicate given names');
  const surnames = [...SURNAMES_PIEDMONT, ...SURNAMES_NORTH, ...SURNAMES_SOUTH];
  assert.ok(surnames.length >= 190, `${surnames.length} surnames`);
  assert.equal(new Set(surnames).size, surnames.length, 'duplicate surnames');
});

test('citizens: deterministic, unique and consistent', () => {
  const a = generateCitizens(2000);
  assert.deepEqual(generateCitizens(2000), a, 'same seed, same output');
  assert.deepEqual(generateCitizens(50), a.slice(0, 50), 'prefix does not depend on count');
  assert.notDeepEqual(generateCitizens(50, 2), a.slice(0, 50), 'other seed, other output');
  assert.deepEqual(generateCitizens(0), []);

  assert.equal(new Set(a.map((c) => c.fiscalCode)).size, a.length, 'duplicate fiscal codes');
  assert.equal(new Set(a.map((c) => c.email)).size, a.length, 'duplicate e-mails');
  const months = 'ABCDEHLMPRST';
  const referenceYear = Number(DEMO_REFERENCE_DATE.slice(0, 4));
  const streetArea = new Map(demoStreets.map((s) => [s.name, s.area]));
  for (const c of a) {
    assert.ok(isValidPersonFiscalCode(c.fiscalCode), c.fiscalCode);
    const [y, m, d] = c.birthDate.split('-').map(Number) as [number, number, number];
    assert.ok(referenceYear - y >= 18, `${c.birthDate}: minor`);
    const plain = c.fiscalCode.replace(/[LMNPQRSTUV]/g, (ch, i: number) =>
      i >= 6 && i !== 8 && i !== 11 && i !== 15 ? String('LMNPQRSTUV'.indexOf(ch)) : ch,
    );
    assert.equal(plain.slice(6, 8), String(y % 100).padStart(2, '0'));
    assert.equal(plain.charAt(8), months.charAt(m - 1));
    assert.equal(Number(plain.slice(9, 11)), c.gender === 'F' ? d + 40 : d);
    assert.equal(streetArea.get(c.street), c.area, `${c.street} not in ${c.area}`);
    assert.match(c.streetNumber, /^\d+(\/[A-C]| bis)?$/);
    assert.ok(
      CITIZEN_EMAIL_DOMAINS.some((dom) => c.email.endsWith(`@${dom}`)),
      c.email,
    );
    if (c.phone !== undefined) assert.match(c.phone, /^\+39 3\d{2} \d{3} \d{4}$/);
  }
  // Rough demographic sanity: every area is represented, both genders, some southern births.
  for (const area of demoAreas)
    assert.ok(
      a.some((c) => c.area === area.slug),
      `${area.slug}: no citizen`,
    );
  const women = a.filter((c) => c.gender === 'F').length;
  assert.ok(women > 900 && women < 1200, `${women} women`);
  assert.ok(a.some((c) => c.birthPlace === demoTenant.shortName));
  assert.ok(a.some((c) => c.fiscalCode.slice(11, 15) === demoTenant.belfioreCode));
});

// ---------------------------------------------------------------------------------------------
// PRNG and texts
// ---------------------------------------------------------------------------------------------

test('rng: seeded and reproducible', () => {
  const a = createRng(42);
  const b = createRng(42);
  const seqA = Array.from({ length: 20 }, () => a.next());
  const seqB = Array.from({ length: 20 }, () => b.next());
  assert.deepEqual(seqA, seqB);
  assert.ok(seqA.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(
    Array.from({ length: 5 }, () => createRng(43).next()),
    Array.from({ length: 5 }, () => createRng(42).next()),
  );
  const r = createRng(7);
  for (let i = 0; i < 1000; i++) {
    const n = r.int(3, 5);
    assert.ok(n >= 3 && n <= 5 && Number.isInteger(n));
  }
  assert.throws(() => r.pick([]));
  assert.equal(createRng(1).weighted([['solo', 1]]), 'solo');
});

test('data texts contain no placeholders', () => {
  const blob = JSON.stringify([demoTenant, demoAreas, demoStreets, demoOffices, demoStaff, demoLogins]);
  assert.doesNotMatch(blob, /lorem|ipsum|\btest\d*\b|\bfoo\b|\bTODO\b/i);
});
