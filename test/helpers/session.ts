import { randomUUID } from 'node:crypto';
import { createSession, SESSION_COOKIE, staffUsers } from '../../src/modules/identity/index.js';
import type { Role } from '../../src/platform/http/types.js';
import { type TestTenant, testApp, testDatabase } from './context.js';

export interface StaffSession {
  userId: string;
  name: string;
  /** Cookie header: the session and the signed CSRF secret. */
  cookie: string;
  /** A CSRF token matching the cookie's secret, for the `_csrf` field of a form. */
  csrf: string;
  /** Host and cookie headers, ready for `app.inject`. */
  headers: Record<string, string>;
}

/** Reads `name=value` pairs from Set-Cookie headers (attributes dropped). */
export function cookiesFrom(setCookie: string | string[] | undefined): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
    const [pair] = line.split(';');
    const eq = pair?.indexOf('=') ?? -1;
    if (pair && eq > 0) jar[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return jar;
}

/** The hidden `_csrf` input of a rendered page. */
export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no _csrf field in the page');
  return match[1];
}

/**
 * A staff member of `tenant` with `roles`, logged in: inserts the user, opens a session, then GETs a
 * back-office page to obtain the CSRF cookie and a token, as a browser would.
 */
export async function sessionCookieFor(
  tenant: TestTenant,
  roles: Role[],
  options: { name?: string; email?: string } = {},
): Promise<StaffSession> {
  const database = await testDatabase();
  const { app } = await testApp();
  const name = options.name ?? `Persona ${roles.join(' ') || 'senza ruoli'}`;
  const [user] = await database.db
    .insert(staffUsers)
    .values({
      tenantId: tenant.id,
      email: options.email ?? `${randomUUID().slice(0, 8)}@example.test`,
      fullName: name,
      roles,
      passwordHash: null,
    })
    .returning({ id: staffUsers.id });
  if (!user) throw new Error('staff user insert returned nothing');
  const { token } = await createSession(database, { tenantId: tenant.id, staffUserId: user.id });
  const sessionCookie = `${SESSION_COOKIE}=${token}`;
  const page = await app.inject({
    url: '/backoffice',
    headers: { host: tenant.host, cookie: sessionCookie },
  });
  if (page.statusCode !== 200) throw new Error(`GET /backoffice answered ${page.statusCode}`);
  const csrfCookie = cookiesFrom(page.headers['set-cookie'])._csrf;
  if (!csrfCookie) throw new Error('no _csrf cookie set');
  const cookie = `${sessionCookie}; _csrf=${csrfCookie}`;
  return {
    userId: user.id,
    name,
    cookie,
    csrf: csrfTokenIn(page.body),
    headers: { host: tenant.host, cookie },
  };
}

/** An urlencoded form body, with repeated keys for lists. */
export function formBody(fields: Record<string, string | number | Array<string | number>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  return params.toString();
}
