// Small planar geometry helpers for the demo Comune. At the scale of a municipality
// (a few km) an equirectangular projection is accurate enough for everything we do here.

/** A [longitude, latitude] pair, GeoJSON order. */
export type LonLat = [number, number];

/** A planar [x, y] pair, in kilometres east/north of DEMO_ORIGIN. */
export type Km = readonly [number, number];

/** South-west corner of the local kilometre grid used to draw the demo territory. */
export const DEMO_ORIGIN = { lon: 7.655, lat: 44.815 } as const;

/** Kilometres per degree of latitude (mean value). */
export const KM_PER_DEG_LAT = 111.13;
/** Kilometres per degree of longitude at about 44.84° N (111.32 km × cos φ). */
export const KM_PER_DEG_LON = 78.94;

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Local kilometre grid → [lon, lat], rounded to 6 decimals (about 0.1 m). */
export function kmToLonLat([x, y]: Km): LonLat {
  return [round6(DEMO_ORIGIN.lon + x / KM_PER_DEG_LON), round6(DEMO_ORIGIN.lat + y / KM_PER_DEG_LAT)];
}

/** [lon, lat] → local kilometre grid. */
export function lonLatToKm(lon: number, lat: number): [number, number] {
  return [(lon - DEMO_ORIGIN.lon) * KM_PER_DEG_LON, (lat - DEMO_ORIGIN.lat) * KM_PER_DEG_LAT];
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} out of bounds`);
  return item;
}

/**
 * The vertices of a ring without the closing point (works for open and closed rings).
 */
export function openRing(ring: readonly (readonly [number, number])[]): (readonly [number, number])[] {
  if (ring.length > 1) {
    const first = at(ring, 0);
    const last = at(ring, ring.length - 1);
    if (first[0] === last[0] && first[1] === last[1]) return ring.slice(0, -1);
  }
  return [...ring];
}

/**
 * Ray casting point-in-polygon test. `polygon` is a ring of [lon, lat] pairs, closed or not.
 * Points exactly on an edge may be reported either way.
 */
export function pointInPolygon(
  lon: number,
  lat: number,
  polygon: readonly (readonly [number, number])[],
): boolean {
  const ring = openRing(polygon);
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = at(ring, i);
    const [xj, yj] = at(ring, j);
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Signed area (shoelace); positive when the ring is counter-clockwise. Units: input units squared. */
export function signedArea(polygon: readonly (readonly [number, number])[]): number {
  const ring = openRing(polygon);
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = at(ring, i);
    const [x2, y2] = at(ring, (i + 1) % ring.length);
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Area-weighted centroid of a simple polygon. */
export function polygonCentroid(polygon: readonly (readonly [number, number])[]): [number, number] {
  const ring = openRing(polygon);
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = at(ring, i);
    const [x2, y2] = at(ring, (i + 1) % ring.length);
    const cross = x1 * y2 - x2 * y1;
    a += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  if (a === 0) throw new RangeError('degenerate polygon');
  return [cx / (3 * a), cy / (3 * a)];
}

/** Area of a [lon, lat] ring in km² (local equirectangular projection). */
export function polygonAreaKm2(polygon: readonly (readonly [number, number])[]): number {
  return Math.abs(signedArea(openRing(polygon).map(([lon, lat]) => lonLatToKm(lon, lat))));
}

function orientation(
  a: readonly [number, number],
  b: readonly [number, number],
  c: readonly [number, number],
): number {
  const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(
  a: readonly [number, number],
  b: readonly [number, number],
  p: readonly [number, number],
): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** True when segments [a, b] and [c, d] share at least one point. */
export function segmentsIntersect(
  a: readonly [number, number],
  b: readonly [number, number],
  c: readonly [number, number],
  d: readonly [number, number],
): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(a, b, c)) return true;
  if (o2 === 0 && onSegment(a, b, d)) return true;
  if (o3 === 0 && onSegment(c, d, a)) return true;
  if (o4 === 0 && onSegment(c, d, b)) return true;
  return false;
}

/**
 * True when the ring (closed or not) has at least 3 distinct vertices, no repeated vertex
 * and no two non-adjacent edges touching each other.
 */
export function isSimpleRing(polygon: readonly (readonly [number, number])[]): boolean {
  const ring = openRing(polygon);
  const n = ring.length;
  if (n < 3) return false;
  const seen = new Set(ring.map(([x, y]) => `${x},${y}`));
  if (seen.size !== n) return false;
  for (let i = 0; i < n; i++) {
    const a = at(ring, i);
    const b = at(ring, (i + 1) % n);
    for (let j = i + 1; j < n; j++) {
      // Adjacent edges share a vertex by construction: skip them.
      if (j === i + 1 || (i === 0 && j === n - 1)) continue;
      const c = at(ring, j);
      const d = at(ring, (j + 1) % n);
      if (segmentsIntersect(a, b, c, d)) return false;
    }
  }
  return true;
}

/** Distance from point p to segment [a, b], in the units of the input. */
export function distanceToSegment(
  p: readonly [number, number],
  a: readonly [number, number],
  b: readonly [number, number],
): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance from a point to the boundary of a ring, in the units of the input. */
export function distanceToRing(
  p: readonly [number, number],
  polygon: readonly (readonly [number, number])[],
): number {
  const ring = openRing(polygon);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < ring.length; i++) {
    best = Math.min(best, distanceToSegment(p, at(ring, i), at(ring, (i + 1) % ring.length)));
  }
  return best;
}
