// Staff of the demo Comune (back-office accounts) and the fixed demo logins used in the docs.

import { DEMO_DOMAIN } from './tenant.js';

export type StaffRole = 'admin' | 'urp_operator' | 'office_operator' | 'contractor' | 'editor' | 'executive';

export const STAFF_ROLES: readonly StaffRole[] = [
  'admin',
  'urp_operator',
  'office_operator',
  'contractor',
  'editor',
  'executive',
];

export interface DemoStaffMember {
  givenName: string;
  familyName: string;
  /** nome.cognome@<comune domain> */
  email: string;
  role: StaffRole;
  /** Job title, in Italian. */
  title: string;
  /** Office slugs; always empty for contractors. */
  offices: string[];
  /** Only for contractors: the outsourced company they work for. */
  company?: string;
  phone: string;
}

/** Local part of an institutional address: "Nicola De Luca" → "nicola.deluca". */
export function staffEmailLocalPart(givenName: string, familyName: string): string {
  const clean = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return `${clean(givenName)}.${clean(familyName)}`;
}

/** Outsourced companies working for the Comune. */
export const DEMO_CONTRACTORS = {
  water: 'Acque Sabaude S.p.A.',
  green: 'Il Germoglio Società Cooperativa Sociale',
  lighting: 'Luce Sabauda Servizi S.r.l.',
  roads: 'Asfalti Subalpini S.r.l.',
  waste: 'Piana Servizi Ambientali S.p.A.',
} as const;

type StaffRow = [
  givenName: string,
  familyName: string,
  role: StaffRole,
  title: string,
  officesOrCompany: readonly string[] | string,
];

const STAFF_ROWS: readonly StaffRow[] = [
  // Administrators (CED, under the Segreteria generale)
  ['Davide', 'Ferrero', 'admin', 'Responsabile sistemi informativi', ['segreteria-generale']],
  ['Chiara', 'Bosio', 'admin', 'Amministratrice di sistema', ['segreteria-generale']],
  // Executives
  ['Elena', 'Marchisio', 'executive', 'Sindaca', ['segreteria-generale']],
  ['Giuseppe', 'Caruso', 'executive', 'Segretario generale', ['segreteria-generale']],
  [
    'Marco',
    'Giordano',
    'executive',
    'Dirigente Area tecnica',
    ['lavori-pubblici', 'sue', 'suap', 'ambiente'],
  ],
  [
    'Roberta',
    'Costamagna',
    'executive',
    'Dirigente Area servizi alla persona',
    ['servizi-sociali', 'servizi-scolastici', 'cultura-biblioteca'],
  ],
  // URP
  ['Francesca', 'Russo', 'urp_operator', 'Operatrice URP', ['urp']],
  ['Paolo', 'Gribaudo', 'urp_operator', 'Operatore URP', ['urp']],
  ['Antonella', 'Esposito', 'urp_operator', 'Operatrice URP', ['urp']],
  ['Luca', 'Cravero', 'urp_operator', 'Operatore URP e sportello polifunzionale', ['urp', 'anagrafe']],
  // Editors (web portal and communication)
  ['Sara', 'Olivero', 'editor', 'Redattrice web e comunicazione', ['urp']],
  ['Tommaso', 'Lingua', 'editor', 'Addetto stampa', ['segreteria-generale']],
  ['Giulia', 'Romeo', 'editor', 'Redattrice eventi e cultura', ['cultura-biblioteca']],
  // Contractors
  ['Salvatore', 'Morabito', 'contractor', 'Tecnico reti idriche e fognarie', DEMO_CONTRACTORS.water],
  ['Walter', 'Bertolino', 'contractor', 'Caposquadra manutenzione del verde', DEMO_CONTRACTORS.green],
  ['Fabio', 'Quaglia', 'contractor', 'Tecnico illuminazione pubblica', DEMO_CONTRACTORS.lighting],
  ['Rocco', 'Tripodi', 'contractor', 'Capocantiere manutenzione strade', DEMO_CONTRACTORS.roads],
  ['Ilaria', 'Demaria', 'contractor', 'Referente servizio igiene urbana', DEMO_CONTRACTORS.waste],
  // Office operators
  ['Andrea', 'Chiavazza', 'office_operator', 'Istruttore tecnico', ['lavori-pubblici']],
  ['Stefano', 'Aimone', 'office_operator', 'Geometra', ['lavori-pubblici']],
  ['Vincenzo', 'Lombardo', 'office_operator', 'Capo squadra operai', ['lavori-pubblici']],
  ['Michele', 'Gallo', 'office_operator', 'Comandante della Polizia locale', ['polizia-locale']],
  ['Laura', 'Perotti', 'office_operator', 'Agente di Polizia locale', ['polizia-locale']],
  ['Gaetano', 'Amato', 'office_operator', 'Ispettore di Polizia locale', ['polizia-locale']],
  ['Patrizia', 'Bonino', 'office_operator', 'Ufficiale di stato civile', ['anagrafe']],
  ['Carmela', 'Greco', 'office_operator', 'Istruttrice amministrativa', ['anagrafe']],
  ['Daniele', 'Rolando', 'office_operator', 'Ufficiale di anagrafe', ['anagrafe']],
  ['Federica', 'Tosco', 'office_operator', 'Responsabile SUAP', ['suap']],
  ['Alberto', 'Operti', 'office_operator', 'Istruttore tecnico edilizia privata', ['sue']],
  ['Valentina', 'Bergese', 'office_operator', 'Istruttrice amministrativa', ['sue', 'suap']],
  ['Silvia', 'Mellano', 'office_operator', 'Assistente sociale', ['servizi-sociali']],
  ['Domenico', 'Calabrese', 'office_operator', 'Istruttore amministrativo', ['servizi-sociali']],
  ['Matteo', 'Gerbaudo', 'office_operator', 'Tecnico ambientale', ['ambiente']],
  ['Elisa', 'Grosso', 'office_operator', 'Istruttrice verde pubblico', ['ambiente']],
  ['Claudio', 'Barbero', 'office_operator', 'Responsabile ufficio tributi', ['tributi']],
  ['Concetta', 'Messina', 'office_operator', 'Istruttrice contabile', ['tributi']],
  ['Monica', 'Ravera', 'office_operator', 'Addetta al protocollo', ['segreteria-generale']],
  ['Alessia', 'Giraudo', 'office_operator', 'Istruttrice servizi scolastici', ['servizi-scolastici']],
  ['Nicola', 'De Luca', 'office_operator', 'Istruttore amministrativo', ['servizi-scolastici']],
  ['Marta', 'Fenoglio', 'office_operator', 'Bibliotecaria', ['cultura-biblioteca']],
];

export const demoStaff: DemoStaffMember[] = STAFF_ROWS.map(
  ([givenName, familyName, role, title, officesOrCompany], index) => {
    const member: DemoStaffMember = {
      givenName,
      familyName,
      email: `${staffEmailLocalPart(givenName, familyName)}@${DEMO_DOMAIN}`,
      role,
      title,
      offices: typeof officesOrCompany === 'string' ? [] : [...officesOrCompany],
      phone: `+39 011 971 ${String(2400 + index).padStart(4, '0')}`,
    };
    if (typeof officesOrCompany === 'string') member.company = officesOrCompany;
    return member;
  },
);

export interface DemoLogin {
  email: string;
  role: StaffRole;
  description: string;
}

function loginFor(givenName: string, familyName: string, description: string): DemoLogin {
  const member = demoStaff.find((m) => m.givenName === givenName && m.familyName === familyName);
  if (!member) throw new Error(`demo login ${givenName} ${familyName} is not in demoStaff`);
  return { email: member.email, role: member.role, description };
}

/** One fixed account per role, quoted in the documentation. */
export const demoLogins: DemoLogin[] = [
  loginFor(
    'Davide',
    'Ferrero',
    "Amministratore: configura l'ente, gli uffici, gli utenti e i ruoli, le categorie e le integrazioni.",
  ),
  loginFor(
    'Francesca',
    'Russo',
    'Operatrice URP: riceve le segnalazioni e le richieste dei cittadini, le smista agli uffici e risponde.',
  ),
  loginFor(
    'Andrea',
    'Chiavazza',
    "Operatore dell'ufficio Lavori pubblici e manutenzioni: prende in carico le pratiche assegnate all'ufficio.",
  ),
  loginFor(
    'Salvatore',
    'Morabito',
    'Ditta esterna (Acque Sabaude S.p.A.): vede e aggiorna solo gli interventi affidati alla sua ditta.',
  ),
  loginFor('Sara', 'Olivero', 'Redattrice: pubblica notizie, eventi e pagine del sito istituzionale.'),
  loginFor('Elena', 'Marchisio', 'Sindaca: consulta cruscotti, statistiche e il bilancio di fine mandato.'),
];
