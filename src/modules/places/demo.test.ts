import assert from 'node:assert/strict';
import { test } from 'node:test';
import { areaKmRing } from '../../cli/demo/areas.js';
import { lonLatToKm, pointInPolygon } from '../../cli/demo/geo.js';
import { TOPICS } from '../portal/index.js';
import { DEMO_EVENTS, DEMO_PLACE_KINDS, DEMO_PLACES, demoEventTimes, demoPlacePoint } from './demo.js';

test('every demo place lies inside the area of its street and has a known kind', () => {
  const kinds = new Set(DEMO_PLACE_KINDS.map((k) => k.slug));
  assert.ok(DEMO_PLACES.length >= 40);
  for (const place of DEMO_PLACES) {
    assert.ok(kinds.has(place.kind), place.slug);
    const { lonLat, area } = demoPlacePoint(place);
    const [x, y] = lonLatToKm(lonLat[0], lonLat[1]);
    assert.ok(pointInPolygon(x, y, areaKmRing(area)), `${place.slug} outside ${area}`);
  }
  assert.equal(new Set(DEMO_PLACES.map((p) => p.slug)).size, DEMO_PLACES.length);
});

test('demo events point at demo places, are unique and mostly upcoming', () => {
  const slugs = new Set(DEMO_PLACES.map((p) => p.slug));
  assert.ok(DEMO_EVENTS.length >= 30);
  assert.equal(new Set(DEMO_EVENTS.map((e) => e.slug)).size, DEMO_EVENTS.length);
  for (const e of DEMO_EVENTS) if (e.place) assert.ok(slugs.has(e.place), e.slug);
  const now = new Date('2026-03-28T12:00:00Z');
  const upcoming = DEMO_EVENTS.filter((e) => demoEventTimes(e, now).startsAt > now);
  assert.ok(upcoming.length >= 25);
});

test('event times are local Rome times in summer and winter', () => {
  const event = DEMO_EVENTS[0]!;
  const winter = demoEventTimes({ ...event, day: 0, time: '20:45' }, new Date('2026-01-10T09:00:00Z'));
  assert.equal(winter.startsAt.toISOString(), '2026-01-10T19:45:00.000Z');
  const summer = demoEventTimes({ ...event, day: 0, time: '20:45' }, new Date('2026-07-10T09:00:00Z'));
  assert.equal(summer.startsAt.toISOString(), '2026-07-10T18:45:00.000Z');
});

test('demo topics come from the national vocabulary of the Modello Comuni', () => {
  const labels = new Set(TOPICS.map((t) => t.label));
  const used = [...DEMO_PLACES.flatMap((p) => p.topics ?? []), ...DEMO_EVENTS.flatMap((e) => e.topics)];
  assert.deepEqual(
    used.filter((u) => !labels.has(u)),
    [],
  );
});
