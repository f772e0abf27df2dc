import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { COOKIE_DEFAULTS } from '../../../platform/http/server.js';
import type { PendingLogin } from './client.js';

/**
 * The login in progress travels in a short-lived cookie: signed (no tampering), HttpOnly, host-only
 * (each Comune's host its own), SameSite=Lax (sent on the identity provider's redirect back), scoped to
 * /auth/oidc and used once. It carries state, nonce and the PKCE verifier, never a token.
 */
export const LOGIN_COOKIE = 'cmp_oidc';
const LOGIN_COOKIE_PATH = '/auth/oidc';
export const LOGIN_TTL_MS = 10 * 60_000;

const PendingLoginSchema = Type.Object({
  state: Type.String({ minLength: 16, maxLength: 200 }),
  nonce: Type.String({ minLength: 16, maxLength: 200 }),
  codeVerifier: Type.String({ minLength: 43, maxLength: 128 }),
  system: Type.Union([Type.Literal('spid'), Type.Literal('cie')]),
  redirectUri: Type.String({ maxLength: 500 }),
  next: Type.Union([Type.String({ maxLength: 1000 }), Type.Null()]),
  startedAt: Type.Number(),
});

export function writeLoginCookie(reply: FastifyReply, pending: PendingLogin, secure: boolean): void {
  const value = Buffer.from(JSON.stringify(pending)).toString('base64url');
  reply.setCookie(LOGIN_COOKIE, value, {
    ...COOKIE_DEFAULTS,
    path: LOGIN_COOKIE_PATH,
    signed: true,
    secure,
    maxAge: LOGIN_TTL_MS / 1000,
  });
}

export function clearLoginCookie(reply: FastifyReply): void {
  reply.clearCookie(LOGIN_COOKIE, { path: LOGIN_COOKIE_PATH });
}

/** The login this browser started here less than 10 minutes ago, or null (absent, forged, stale). */
export function readLoginCookie(request: FastifyRequest, now = Date.now()): PendingLogin | null {
  const raw = request.cookies[LOGIN_COOKIE];
  if (!raw || raw.length > 4096) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Value.Check(PendingLoginSchema, parsed)) return null;
  const age = now - parsed.startedAt;
  return age >= 0 && age <= LOGIN_TTL_MS ? parsed : null;
}
