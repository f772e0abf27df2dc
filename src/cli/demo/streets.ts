// Street directory (stradario) of the demo Comune: 120 streets, each with a representative
// point inside its area. Points are placed deterministically: each street gets its own PRNG
// seeded from its name, so adding or removing a street never moves the others.

import { AREA_DEFINITIONS, areaKmRing } from './areas.js';
import { distanceToRing, type Km, kmToLonLat, pointInPolygon } from './geo.js';
import { createRng, hashSeed } from './rng.js';
import { TOWN_HALL_KM } from './tenant.js';

export interface DemoStreet {
  name: string;
  /** Area slug. */
  area: string;
  lon: number;
  lat: number;
}

/** Street names by area slug. Optional fixed position on the km grid for landmarks. */
const STREETS_BY_AREA: Record<string, readonly (string | readonly [string, Km])[]> = {
  'centro-storico': [
    ['Piazza Martiri della Libertà', TOWN_HALL_KM],
    'Via Roma',
    'Via Vittorio Emanuele II',
    'Via Cavour',
    'Via Garibaldi',
    'Via Mazzini',
    'Via Umberto I',
    'Via XX Settembre',
    'Piazza della Collegiata',
    'Via Santa Chiara',
    'Via del Castello',
    'Via dei Mercanti',
    'Vicolo del Forno',
    'Vicolo delle Orsoline',
    'Via Conte Verde',
    'Via Silvio Pellico',
    "Piazza Sant'Agostino",
    'Via Carlo Alberto',
    "Via San Francesco d'Assisi",
    'Via Principe Amedeo',
  ],
  'borgo-nuovo': [
    'Corso Sabaudia',
    'Via Torino',
    'Via Giacomo Matteotti',
    'Via Antonio Gramsci',
    'Via Piero Gobetti',
    'Via Don Giovanni Minzoni',
    'Via Alcide De Gasperi',
    'Via Aldo Moro',
    'Via Sandro Pertini',
    'Via Luigi Einaudi',
    'Via Giuseppe Di Vittorio',
    'Via Primo Levi',
    'Via Cesare Pavese',
    'Via Beppe Fenoglio',
    'Via Natalia Ginzburg',
    'Piazza Europa',
    'Via della Resistenza',
    'Via Fratelli Rosselli',
    'Via Papa Giovanni XXIII',
    'Via Giovanni Falcone',
    'Via Paolo Borsellino',
    'Viale della Rimembranza',
  ],
  'san-grato': [
    'Via San Grato',
    'Piazza San Grato',
    'Via Po',
    'Via Alessandro Manzoni',
    'Via Giuseppe Verdi',
    'Via Giacomo Puccini',
    'Via Gioachino Rossini',
    'Via Vincenzo Bellini',
    'Via Dante Alighieri',
    'Via Francesco Petrarca',
    'Via Ugo Foscolo',
    'Via Giacomo Leopardi',
    'Via Giosuè Carducci',
    'Via Vittorio Alfieri',
    'Via Edmondo De Amicis',
    'Via Asti',
    'Via Alba',
    'Via dei Mulini',
    'Via della Bealera',
    'Vicolo dei Tintori',
  ],
  'borgo-stazione': [
    'Piazzale della Stazione',
    'Via della Ferrovia',
    'Corso Industria',
    'Via Cuneo',
    'Via Saluzzo',
    'Via Pinerolo',
    'Via Savigliano',
    'Via Bra',
    'Via Guglielmo Marconi',
    'Via Galileo Galilei',
    'Via Alessandro Volta',
    'Via Antonio Meucci',
    'Via Enrico Fermi',
    'Via Leonardo da Vinci',
    'Via del Lavoro',
    "Via dell'Artigianato",
    'Via Cristoforo Colombo',
    'Via Amerigo Vespucci',
    'Via Nino Bixio',
    'Via Goffredo Mameli',
  ],
  'tetti-rubatto': [
    'Via Tetti Rubatto',
    'Strada Provinciale 20',
    'Piazzetta San Rocco',
    'Via della Cappella',
    'Strada dei Tetti',
    'Strada Vicinale del Boschetto',
    'Via Cascina Nuova',
    'Strada del Mulino Vecchio',
    'Via dei Gelsi',
    'Strada Comunale della Bassa',
  ],
  'borgata-gerbidi': [
    'Strada dei Gerbidi',
    "Via Sant'Isidoro",
    'Strada Provinciale 138',
    'Via Cascina Bianca',
    'Strada della Madonnina',
    'Via dei Boschi',
    'Strada Vicinale delle Rogge',
    'Via dei Pioppi',
    'Strada della Fornace',
  ],
  'cascine-morra': [
    'Strada Cascine Morra',
    'Strada del Po',
    'Via San Giuseppe',
    'Strada Vicinale dei Prati Lunghi',
    'Via della Motta',
    'Strada Provinciale 122',
    'Via dei Salici',
    "Strada dell'Imbarco",
    'Via Cascina Gallina',
  ],
  'madonna-dei-prati': [
    'Via Madonna dei Prati',
    'Piazza del Santuario',
    'Strada per Racconigi',
    'Strada della Cascina Grossa',
    "Via Sant'Anna",
    'Strada Vicinale dei Campi',
    'Via del Pilone',
    'Via delle Cave',
    'Via dei Frutteti',
    'Strada del Cimitero',
  ],
};

/** Minimum distance (km) between a street point and the border of its area. */
const BORDER_MARGIN_KM = 0.04;

function placeStreet(name: string, areaSlug: string): Km {
  const def = AREA_DEFINITIONS.find((a) => a.slug === areaSlug);
  if (!def) throw new Error(`unknown area '${areaSlug}'`);
  const ring = areaKmRing(areaSlug);
  const rng = createRng(hashSeed(`${areaSlug}/${name}`));
  for (let attempt = 0; attempt < 1000; attempt++) {
    const x = def.hub[0] + rng.normal() * def.spread;
    const y = def.hub[1] + rng.normal() * def.spread;
    if (pointInPolygon(x, y, ring) && distanceToRing([x, y], ring) >= BORDER_MARGIN_KM) {
      return [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
    }
  }
  throw new Error(`could not place street '${name}' in area '${areaSlug}'`);
}

export const demoStreets: DemoStreet[] = Object.entries(STREETS_BY_AREA).flatMap(([area, streets]) =>
  streets.map((entry) => {
    const [name, fixed] = typeof entry === 'string' ? [entry, undefined] : entry;
    const [lon, lat] = kmToLonLat(fixed ?? placeStreet(name, area));
    return { name, area, lon, lat };
  }),
);

/** Street lookup by exact name. */
export function findDemoStreet(name: string): DemoStreet | undefined {
  return demoStreets.find((s) => s.name === name);
}
