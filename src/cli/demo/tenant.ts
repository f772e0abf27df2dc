// The fictional demo Comune. "Valmorena" is not (and, per the ANPR register of current and
// suppressed Comuni, never was) a real Italian municipality; codes below are fictional but
// well-formed. Its territory is drawn on the Piedmont plain south of Turin.

import { isValidEntityFiscalCode } from './fiscal-code.js';
import { kmToLonLat } from './geo.js';

export interface DemoTenant {
  slug: string;
  /** "Comune di X" */
  name: string;
  shortName: string;
  /** ISTAT code, 6 digits: province (001 = Torino) + progressive. Fictional. */
  istatCode: string;
  /** Belfiore (cadastral) code used in residents' fiscal codes. Fictional, never assigned. */
  belfioreCode: string;
  /** 11 digits with a valid check digit (see isValidEntityFiscalCode). Fictional. */
  fiscalCode: string;
  /** Host names resolving to this tenant in development; includes 'localhost' and '127.0.0.1'. */
  hostnames: string[];
  /** Institutional e-mail domain, used for offices and staff accounts. */
  domain: string;
  province: string;
  region: string;
  postalCode: string;
  address: string;
  phone: string;
  email: string;
  pec: string;
  website: string;
  /** The accessibility declaration published on AgID's form site (footer link, C.SI.3.2). */
  accessibilityUrl: string;
  colors: {
    /** Hex colour, at least 4.5:1 contrast on white (WCAG 2.1 AA, normal text). */
    primary: string;
    secondary: string;
  };
  residents: number;
  /** Town hall (Palazzo civico). */
  center: { lat: number; lon: number };
}

export const DEMO_DOMAIN = 'comune.valmorena.to.it';

/** Town hall position on the local km grid of geo.ts (Piazza Martiri della Libertà). */
export const TOWN_HALL_KM = [3.55, 3.05] as const;

const [townHallLon, townHallLat] = kmToLonLat(TOWN_HALL_KM);

export const demoTenant: DemoTenant = {
  slug: 'valmorena',
  name: 'Comune di Valmorena',
  shortName: 'Valmorena',
  istatCode: '001399',
  belfioreCode: 'L619',
  fiscalCode: '00938170016',
  hostnames: ['localhost', '127.0.0.1', 'valmorena.localhost'],
  domain: DEMO_DOMAIN,
  province: 'TO',
  region: 'Piemonte',
  postalCode: '10027',
  address: 'Piazza Martiri della Libertà 1, 10027 Valmorena (TO)',
  phone: '+39 011 971 2100',
  email: `info@${DEMO_DOMAIN}`,
  pec: `protocollo@pec.${DEMO_DOMAIN}`,
  website: `https://www.${DEMO_DOMAIN}`,
  // A plausible address of a published declaration; a real Comune pastes its own from AgID.
  accessibilityUrl: 'https://form.agid.gov.it/view/5b3c2d1e-7f4a-4c8e-9a61-0d2f8e4b7c93',
  colors: {
    // Deep "Barbera" red and a dark slate blue: both about 8.9:1 on white.
    primary: '#8C1D40',
    secondary: '#234E6B',
  },
  residents: 28146,
  center: { lat: townHallLat, lon: townHallLon },
};

if (!isValidEntityFiscalCode(demoTenant.fiscalCode)) {
  // Guard against a careless edit of the constant above.
  throw new Error(`demo tenant fiscal code ${demoTenant.fiscalCode} is not valid`);
}
