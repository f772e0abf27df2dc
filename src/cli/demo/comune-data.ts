// Pure data describing the fictional demo Comune ("Comune di Valmorena", Piedmont plain
// south of Turin), used by `campanile seed demo`. No I/O, no clock, no Math.random():
// everything here is a constant or a deterministic function of its arguments.

export { type AreaKind, type DemoArea, demoAreas, demoTerritory } from './areas.js';
export {
  applyOmocodia,
  computeFiscalCode,
  entityFiscalCodeCheckDigit,
  type Gender,
  isValidEntityFiscalCode,
  isValidPersonFiscalCode,
  normalizeNamePart,
  type PersonFiscalCodeInput,
  personFiscalCodeCheckChar,
} from './fiscal-code.js';
export {
  isSimpleRing,
  type LonLat,
  pointInPolygon,
  polygonAreaKm2,
  polygonCentroid,
  signedArea,
} from './geo.js';
export { type DemoOffice, demoOffices, type OpeningSlot, type Weekday } from './offices.js';
export {
  BIRTH_PLACES,
  CITIZEN_EMAIL_DOMAINS,
  DEMO_REFERENCE_DATE,
  type DemoCitizen,
  FEMALE_NAMES_CLASSIC,
  FEMALE_NAMES_MODERN,
  generateCitizens,
  MALE_NAMES_CLASSIC,
  MALE_NAMES_MODERN,
  SURNAMES_NORTH,
  SURNAMES_PIEDMONT,
  SURNAMES_SOUTH,
} from './people.js';
export { createRng, hashSeed, type Rng } from './rng.js';
export {
  DEMO_CONTRACTORS,
  type DemoLogin,
  type DemoStaffMember,
  demoLogins,
  demoStaff,
  STAFF_ROLES,
  type StaffRole,
} from './staff.js';
export { type DemoStreet, demoStreets, findDemoStreet } from './streets.js';
export { DEMO_DOMAIN, type DemoTenant, demoTenant } from './tenant.js';
