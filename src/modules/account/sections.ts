import type { FastifyRequest } from 'fastify';

/**
 * The sections of the citizen's personal area that later capabilities fill (Modello Comuni, "area
 * personale"): each is a tab with its own page, and an honest empty state until a module has something
 * to show there.
 */
export interface SectionDefinition {
  key: SectionKey;
  /** Path under /area-personale. */
  path: string;
  order: number;
  /** Where the citizen would start what fills the section (book, apply, report…). */
  actionHref: string;
}

export const SECTION_KEYS = ['messaggi', 'attivita', 'pratiche', 'appuntamenti', 'segnalazioni'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTIONS: readonly SectionDefinition[] = [
  { key: 'messaggi', path: '/area-personale/messaggi', order: 100, actionHref: '/area-personale/notifiche' },
  { key: 'attivita', path: '/area-personale/attivita', order: 200, actionHref: '/servizi' },
  { key: 'pratiche', path: '/area-personale/pratiche', order: 300, actionHref: '/servizi' },
  {
    key: 'appuntamenti',
    path: '/area-personale/appuntamenti',
    order: 400,
    actionHref: '/amministrazione/uffici',
  },
  {
    key: 'segnalazioni',
    path: '/area-personale/segnalazioni',
    order: 500,
    actionHref: '/segnalazione-disservizio',
  },
];

export const PREFERENCES_PATH = '/area-personale/notifiche';

/** What a module renders inside a section for the logged-in citizen; null when it has nothing yet. */
export type SectionContent = (
  request: FastifyRequest,
  citizen: { tenantId: string; citizenId: string },
) => Promise<JSX.Element | null>;

const providers = new Map<SectionKey, SectionContent[]>();

/**
 * A later module (appointments, applications, reports…) fills a section: its provider's output is
 * shown in the section's page, in registration order; when every provider returns null, the empty state is.
 */
export function registerPersonalAreaContent(section: SectionKey, content: SectionContent): () => void {
  const list = providers.get(section) ?? [];
  list.push(content);
  providers.set(section, list);
  return () => {
    const current = providers.get(section) ?? [];
    providers.set(
      section,
      current.filter((c) => c !== content),
    );
  };
}

export function sectionProviders(section: SectionKey): SectionContent[] {
  return providers.get(section) ?? [];
}
