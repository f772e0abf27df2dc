import type { Locale, Translate } from '../i18n/index.js';

/** The Comune a request belongs to, as the platform needs it (resolved by the tenancy module). */
export interface TenantContext {
  id: string;
  slug: string;
  name: string;
  shortName: string;
  primaryColor: string;
  region: string;
  province: string;
  address: string;
  phone: string;
  email: string;
  pec: string;
  fiscalCode: string;
  logoKey: string | null;
  /** The Comune's accessibility declaration on form.agid.gov.it; '' when not set. */
  accessibilityUrl?: string;
}

export const ROLES = [
  'admin',
  'urp_operator',
  'office_operator',
  'contractor',
  'editor',
  'executive',
] as const;
export type Role = (typeof ROLES)[number];

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'staff';
      id: string;
      name: string;
      email: string;
      roles: Role[];
      officeIds: string[];
      sessionId: string;
    }
  | { kind: 'citizen'; id: string; name: string; fiscalCode: string; sessionId: string }
  /** A person half-way through staff login: password accepted, TOTP code still due. */
  | { kind: 'pending-second-factor'; id: string; sessionId: string }
  | { kind: 'system'; name: string };

declare module 'fastify' {
  interface FastifyRequest {
    tenant: TenantContext | null;
    actor: Actor;
    locale: Locale;
    t: Translate;
  }
  interface FastifyContextConfig {
    /** false for routes that answer before or without a Comune (health checks, static files). */
    tenant?: boolean;
    /**
     * false for routes authenticated otherwise (API keys, webhooks): they never read session cookies.
     * 'anonymous-same-origin' for public forms: a same-origin check without a session, the token with one.
     */
    csrf?: boolean | 'anonymous-same-origin';
    /** 'api' routes answer errors in JSON whatever the Accept header says. */
    kind?: 'page' | 'api';
  }
}
