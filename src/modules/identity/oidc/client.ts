import { createHash } from 'node:crypto';
import {
  AuthorizationResponseError,
  allowInsecureRequests,
  authorizationCodeGrant,
  buildAuthorizationUrl,
  ClientSecretBasic,
  type Configuration,
  calculatePKCECodeChallenge,
  discovery,
  type IDToken,
  ResponseBodyError,
  randomNonce,
  randomPKCECodeVerifier,
  randomState,
} from 'openid-client';
import type { CitizenLoginSettings } from './settings.js';

/** Why a login did not complete; each has its own explanation for the citizen (messages.ts `reasons`). */
export type LoginFailureReason = 'denied' | 'state' | 'unavailable' | 'claims' | 'provider' | 'notConfigured';

export class LoginFailure extends Error {
  override name = 'LoginFailure';
  constructor(
    readonly reason: LoginFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type IdentitySystem = 'spid' | 'cie';

/** SPID and CIE sessions are not reused across services: every access is a fresh authentication. */
const SCOPE = 'openid profile email';
const DISCOVERY_TIMEOUT_S = 10;

const configurations = new Map<string, Promise<Configuration>>();

/**
 * The provider's metadata and keys, discovered once per process and settings (a failed discovery is
 * forgotten, so the next login tries again once the provider is back).
 */
export function oidcConfiguration(settings: CitizenLoginSettings): Promise<Configuration> {
  const key = createHash('sha256').update(JSON.stringify(settings)).digest('hex');
  let pending = configurations.get(key);
  if (!pending) {
    pending = discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret,
      ClientSecretBasic(settings.clientSecret),
      {
        timeout: DISCOVERY_TIMEOUT_S,
        ...(settings.allowHttp ? { execute: [allowInsecureRequests] } : {}),
      },
    );
    configurations.set(key, pending);
    pending.catch(() => configurations.delete(key));
  }
  return pending.catch((err: unknown) => {
    throw new LoginFailure('unavailable', `OpenID Connect discovery of ${settings.issuer} failed`, {
      cause: err,
    });
  });
}

/** What must survive the round trip to the identity provider (kept in a signed cookie). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  system: IdentitySystem;
  redirectUri: string;
  /** Local path to return to. */
  next: string | null;
  /** Epoch milliseconds. */
  startedAt: number;
}

/**
 * Starts the authorization-code flow with PKCE, state and nonce. The identity system is passed as
 * `login_hint` (spid | cie): SPID/CIE brokers use it to skip their own choice page.
 */
export async function beginLogin(
  config: Configuration,
  input: { redirectUri: string; system: IdentitySystem; next: string | null },
): Promise<{ url: URL; pending: PendingLogin }> {
  const pending: PendingLogin = {
    state: randomState(),
    nonce: randomNonce(),
    codeVerifier: randomPKCECodeVerifier(),
    system: input.system,
    redirectUri: input.redirectUri,
    next: input.next,
    startedAt: Date.now(),
  };
  const url = buildAuthorizationUrl(config, {
    redirect_uri: pending.redirectUri,
    scope: SCOPE,
    response_type: 'code',
    code_challenge: await calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
    prompt: 'login',
    login_hint: pending.system,
  });
  return { url, pending };
}

/**
 * Completes the flow: checks the response (issuer, state), redeems the code with the PKCE verifier,
 * validates the ID token (signature, audience, expiry, nonce) and returns its claims.
 */
export async function completeLogin(
  config: Configuration,
  pending: PendingLogin,
  query: URLSearchParams,
): Promise<IDToken> {
  const currentUrl = new URL(pending.redirectUri);
  currentUrl.search = query.toString();
  try {
    const tokens = await authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new LoginFailure('provider', 'the token response carries no ID token');
    return claims;
  } catch (err) {
    if (err instanceof LoginFailure) throw err;
    if (err instanceof AuthorizationResponseError)
      throw new LoginFailure(err.error === 'access_denied' ? 'denied' : 'provider', err.message, {
        cause: err,
      });
    if (err instanceof ResponseBodyError) throw new LoginFailure('provider', err.message, { cause: err });
    // fetch() failing (connection refused, reset) is a TypeError "fetch failed"; a timeout aborts.
    const name = (err as Error)?.name;
    if (
      (err instanceof TypeError && err.message === 'fetch failed') ||
      name === 'AbortError' ||
      name === 'TimeoutError'
    )
      throw new LoginFailure('unavailable', (err as Error).message, { cause: err });
    throw new LoginFailure('provider', (err as Error)?.message ?? String(err), { cause: err });
  }
}
