import type { AppContext } from '../../../platform/context.js';

/** Where citizens log in: the SPID/CIE OpenID Connect provider (or broker) and Campanile's client there. */
export interface CitizenLoginSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Accept an http:// issuer (a local fake identity provider only). */
  allowHttp: boolean;
}

const overrides = new WeakMap<AppContext, CitizenLoginSettings | null>();

/**
 * Sets the identity provider of one running application, replacing what OIDC_* say. The demo calls it
 * after starting its fake provider; tests call it for the app they build. Keyed by the application's
 * context, so two applications in one process (tests) never see each other's settings.
 * `null` turns citizen login off.
 */
export function configureCitizenLogin(ctx: AppContext, settings: CitizenLoginSettings | null): void {
  overrides.set(ctx, settings ? { ...settings } : null);
}

/** The settings in force: those configured for this application, else OIDC_* from the environment. */
export function citizenLoginSettings(ctx: AppContext): CitizenLoginSettings | null {
  if (overrides.has(ctx)) return overrides.get(ctx) ?? null;
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ALLOW_HTTP } = ctx.env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    issuer: OIDC_ISSUER,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    allowHttp: OIDC_ALLOW_HTTP,
  };
}
