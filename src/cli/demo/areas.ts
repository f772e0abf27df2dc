// Quartieri and frazioni of the demo Comune. The territory (about 37 km², 7 × 6 km) is drawn
// on a local kilometre grid (see geo.ts) and cut into 8 adjacent cells that share vertices,
// so borders match exactly: the urban core (4 quartieri) is surrounded by a rural ring split
// into 4 frazioni. Rough layout (north up):
//
//   +-------------------- Tetti Rubatto (N) ---------------------+
//   |            +------------ Borgo Nuovo ----------+           |
//   |  Borgata   | Borgo   +----------------+  San   |  Cascine  |
//   |  Gerbidi   | Nuovo   | Centro storico |  Grato |  Morra    |
//   |  (W)       |         +----------------+        |  (E)      |
//   |            +---------- Borgo Stazione ---------+           |
//   +------------------ Madonna dei Prati (S) -------------------+

import { type Km, kmToLonLat, type LonLat, signedArea } from './geo.js';

export type AreaKind = 'quartiere' | 'frazione';

export interface DemoArea {
  slug: string;
  name: string;
  kind: AreaKind;
  residents: number;
  /** One-sentence Italian description, for the portal. */
  description: string;
  /** Closed ring (first point repeated last) of [lon, lat] pairs, counter-clockwise (RFC 7946). */
  polygon: [number, number][];
}

/** Shared vertices on the local km grid: x east, y north of DEMO_ORIGIN. */
const V = {
  // Centro storico
  c1: [3.05, 2.7],
  c2: [3.0, 3.2],
  c3: [3.3, 3.55],
  c4: [3.85, 3.5],
  c5: [4.1, 3.1],
  c6: [3.8, 2.65],
  c7: [3.4, 2.55],
  // Outer edge of the urban area
  u1: [2.3, 1.9],
  u2: [2.2, 2.8],
  u3: [2.35, 3.7],
  u4: [2.6, 4.3],
  u5: [3.4, 4.45],
  u6: [4.3, 4.35],
  u7: [4.9, 3.9],
  u8: [5.05, 3.0],
  u9: [4.85, 2.1],
  u10: [4.1, 1.75],
  u11: [3.2, 1.7],
  // Borders between the quartieri
  m1: [4.05, 3.95],
  m2: [4.3, 2.35],
  m3: [2.6, 2.65],
  // Communal boundary
  o1: [0.4, 0.3],
  o2: [1.6, 0.05],
  o3: [3.0, 0.25],
  o4: [4.3, 0.0],
  o5: [5.7, 0.35],
  o6: [6.8, 0.2],
  o7: [7.0, 1.5],
  o8: [6.7, 2.9],
  o9: [6.95, 4.3],
  o10: [6.6, 5.7],
  o11: [5.3, 5.95],
  o12: [4.0, 5.75],
  o13: [2.6, 6.0],
  o14: [1.2, 5.8],
  o15: [0.1, 5.5],
  o16: [0.3, 4.2],
  o17: [0.0, 2.9],
  o18: [0.25, 1.6],
  // Borders between the frazioni (from the corners of the urban area to the boundary)
  s1: [1.4, 1.1],
  s2: [1.5, 4.9],
  s3: [5.8, 4.8],
  s4: [5.8, 1.2],
} as const satisfies Record<string, Km>;

type VertexId = keyof typeof V;

interface AreaDefinition {
  slug: string;
  name: string;
  kind: AreaKind;
  residents: number;
  description: string;
  ring: readonly VertexId[];
  /** Where the streets of the area cluster (km grid), and how far they spread (km, 1σ). */
  hub: Km;
  spread: number;
}

/** The communal boundary, clockwise from the south-west corner. */
const TERRITORY_RING: readonly VertexId[] = [
  'o1',
  'o18',
  'o17',
  'o16',
  'o15',
  'o14',
  'o13',
  'o12',
  'o11',
  'o10',
  'o9',
  'o8',
  'o7',
  'o6',
  'o5',
  'o4',
  'o3',
  'o2',
];

export const AREA_DEFINITIONS: readonly AreaDefinition[] = [
  {
    slug: 'centro-storico',
    name: 'Centro storico',
    kind: 'quartiere',
    residents: 5210,
    description:
      'Il nucleo antico attorno a Piazza Martiri della Libertà, con il Palazzo civico, la Collegiata e i portici di Via Roma.',
    ring: ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'],
    hub: [3.55, 3.05],
    spread: 0.22,
  },
  {
    slug: 'borgo-nuovo',
    name: 'Borgo Nuovo',
    kind: 'quartiere',
    residents: 6840,
    description:
      'Il quartiere residenziale cresciuto a nord e a ovest del centro tra gli anni Sessanta e Ottanta, lungo Corso Sabaudia e la strada per Torino.',
    ring: ['u2', 'u3', 'u4', 'u5', 'u6', 'm1', 'c4', 'c3', 'c2', 'c1', 'm3'],
    hub: [3.1, 3.9],
    spread: 0.45,
  },
  {
    slug: 'san-grato',
    name: 'San Grato',
    kind: 'quartiere',
    residents: 5930,
    description:
      'Il quartiere a est del centro, raccolto attorno alla chiesa di San Grato e ai vecchi mulini sulla bealera.',
    ring: ['u6', 'u7', 'u8', 'u9', 'm2', 'c6', 'c5', 'c4', 'm1'],
    hub: [4.5, 3.1],
    spread: 0.35,
  },
  {
    slug: 'borgo-stazione',
    name: 'Borgo Stazione',
    kind: 'quartiere',
    residents: 4870,
    description:
      "Il quartiere a sud del centro tra la ferrovia e la zona artigianale, con la stazione e l'area mercatale.",
    ring: ['u9', 'u10', 'u11', 'u1', 'u2', 'm3', 'c1', 'c7', 'c6', 'm2'],
    hub: [3.5, 2.1],
    spread: 0.45,
  },
  {
    slug: 'tetti-rubatto',
    name: 'Tetti Rubatto',
    kind: 'frazione',
    residents: 1620,
    description:
      'Frazione agricola a nord del capoluogo, lungo la Strada Provinciale 20, con la cappella di San Rocco.',
    ring: ['o15', 'o14', 'o13', 'o12', 'o11', 'o10', 's3', 'u7', 'u6', 'u5', 'u4', 's2'],
    hub: [2.6, 5.2],
    spread: 0.55,
  },
  {
    slug: 'borgata-gerbidi',
    name: 'Borgata Gerbidi',
    kind: 'frazione',
    residents: 1185,
    description: 'Borgata a ovest del capoluogo, tra cascine, pioppeti e le vecchie fornaci di mattoni.',
    ring: ['o1', 's1', 'u1', 'u2', 'u3', 'u4', 's2', 'o15', 'o16', 'o17', 'o18'],
    hub: [1.1, 2.9],
    spread: 0.5,
  },
  {
    slug: 'cascine-morra',
    name: 'Cascine Morra',
    kind: 'frazione',
    residents: 1043,
    description:
      'Frazione a est, verso il Po: cascine a corte chiusa, prati irrigui e il vecchio imbarco sul fiume.',
    ring: ['o10', 'o9', 'o8', 'o7', 'o6', 's4', 'u9', 'u8', 'u7', 's3'],
    hub: [6.0, 3.0],
    spread: 0.5,
  },
  {
    slug: 'madonna-dei-prati',
    name: 'Madonna dei Prati',
    kind: 'frazione',
    residents: 1448,
    description:
      'Frazione a sud del capoluogo, sviluppata attorno al santuario della Madonna dei Prati e alla strada per Racconigi.',
    ring: ['o6', 'o5', 'o4', 'o3', 'o2', 'o1', 's1', 'u1', 'u11', 'u10', 'u9', 's4'],
    hub: [4.3, 0.9],
    spread: 0.55,
  },
];

/** km-grid ring (open) of an area or of the territory. */
function kmRing(ids: readonly VertexId[]): Km[] {
  return ids.map((id) => V[id]);
}

/** Closed, counter-clockwise [lon, lat] ring. */
function toPolygon(ids: readonly VertexId[]): [number, number][] {
  const ring: LonLat[] = kmRing(ids).map(kmToLonLat);
  if (signedArea(ring) < 0) ring.reverse();
  const first = ring[0];
  if (!first) throw new Error('empty ring');
  return [...ring, [first[0], first[1]]];
}

/** Open km-grid ring of an area (used by the street generator). */
export function areaKmRing(slug: string): Km[] {
  const def = AREA_DEFINITIONS.find((a) => a.slug === slug);
  if (!def) throw new Error(`unknown area '${slug}'`);
  return kmRing(def.ring);
}

export const demoAreas: DemoArea[] = AREA_DEFINITIONS.map((def) => ({
  slug: def.slug,
  name: def.name,
  kind: def.kind,
  residents: def.residents,
  description: def.description,
  polygon: toPolygon(def.ring),
}));

/** The whole communal territory: closed, counter-clockwise [lon, lat] ring. */
export const demoTerritory: [number, number][] = toPolygon(TERRITORY_RING);
