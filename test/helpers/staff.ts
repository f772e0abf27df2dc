import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import { hashPassword } from '../../src/modules/identity/passwords.js';
import { staffUsers } from '../../src/modules/identity/schema.js';
import { officeMembers, offices } from '../../src/modules/offices/index.js';
import { withTenant } from '../../src/platform/db/client.js';
import type { Role } from '../../src/platform/http/types.js';
import { type TestTenant, testDatabase } from './context.js';

export interface NewTestStaff {
  roles: Role[];
  /** Default: a random 20-character password (returned). */
  password?: string;
  email?: string;
  fullName?: string;
  officeIds?: string[];
  company?: string | null;
  active?: boolean;
  mustChangePassword?: boolean;
  /** A base32 TOTP secret: the account then requires the second step at login. */
  totpSecret?: string;
}

export interface TestStaff {
  id: string;
  email: string;
  fullName: string;
  password: string;
  roles: Role[];
  totpSecret: string | null;
}

/** A staff account in `tenant`, written straight to the database (no audit row, no HTTP). */
export async function createStaffUser(tenant: TestTenant, input: NewTestStaff): Promise<TestStaff> {
  const database = await testDatabase();
  const suffix = randomUUID().slice(0, 8);
  const email = (input.email ?? `staff-${suffix}@comune.test`).toLowerCase();
  const fullName = input.fullName ?? `Persona ${suffix}`;
  const password = input.password ?? `pw-${randomUUID()}`;
  const passwordHash = await hashPassword(password);
  const id = await withTenant(database, tenant.id, async (tx) => {
    const [row] = await tx
      .insert(staffUsers)
      .values({
        tenantId: tenant.id,
        email,
        fullName,
        passwordHash,
        roles: input.roles,
        company: input.company ?? null,
        active: input.active ?? true,
        mustChangePassword: input.mustChangePassword ?? false,
        totpSecret: input.totpSecret ?? null,
        totpEnabled: Boolean(input.totpSecret),
      })
      .returning({ id: staffUsers.id });
    if (!row) throw new Error('staff user not created');
    if (input.officeIds?.length)
      await tx
        .insert(officeMembers)
        .values(input.officeIds.map((officeId) => ({ tenantId: tenant.id, officeId, staffUserId: row.id })));
    return row.id;
  });
  return { id, email, fullName, password, roles: input.roles, totpSecret: input.totpSecret ?? null };
}

/** An office of `tenant`, for tests that need office memberships. */
export async function createTestOffice(tenant: TestTenant, name = 'Ufficio di prova'): Promise<string> {
  const database = await testDatabase();
  return withTenant(database, tenant.id, async (tx) => {
    const [row] = await tx
      .insert(offices)
      .values({ tenantId: tenant.id, slug: `ufficio-${randomUUID().slice(0, 8)}`, name })
      .returning({ id: offices.id });
    if (!row) throw new Error('office not created');
    return row.id;
  });
}

/** The cookies a response sets, as name → value (cleared cookies come back as ''). */
export function setCookies(res: LightMyRequestResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of res.cookies as Array<{ name: string; value: string }>) out[c.name] = c.value;
  return out;
}

/** Merges a Cookie header with what a response set (cleared cookies are dropped). */
export function mergeCookies(header: string, res: LightMyRequestResponse): string {
  const jar = new Map<string, string>();
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name) jar.set(name, rest.join('='));
  }
  for (const [name, value] of Object.entries(setCookies(res))) {
    if (value === '') jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** The value of the first hidden `_csrf` field of an HTML page. */
export function csrfTokenIn(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF token on the page');
  return match[1];
}

/**
 * GETs a page with `cookie` (following redirects) and returns the CSRF token of its forms, plus the
 * cookie header updated with anything the pages set (the CSRF secret on a first visit). The token is
 * not tied to the page: any page with a form will do. Use before any POST in a test.
 */
export async function csrfFor(
  app: FastifyInstance,
  tenant: TestTenant,
  cookie: string,
  path = '/backoffice/account',
): Promise<{ token: string; cookie: string }> {
  let jar = cookie;
  let url = path;
  for (let hop = 0; hop < 4; hop++) {
    const res = await app.inject({ method: 'GET', url, headers: { host: tenant.host, cookie: jar } });
    jar = mergeCookies(jar, res);
    if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
      url = String(res.headers.location);
      continue;
    }
    if (res.statusCode !== 200)
      throw new Error(`GET ${url} answered ${res.statusCode}, expected a form page`);
    return { token: csrfTokenIn(res.body), cookie: jar };
  }
  throw new Error(`GET ${path}: too many redirects`);
}

/** A random private address, so the per-IP login rate limit never couples unrelated tests. */
export function randomIp(): string {
  const b = () => Math.floor(Math.random() * 254) + 1;
  return `10.${b()}.${b()}.${b()}`;
}

/**
 * Logs in through the real form (GET for the CSRF cookie and token, then POST; the TOTP step too
 * when the account has a secret) and returns the Cookie header to send with later requests: the
 * session cookie and the CSRF secret, so `csrfFor(app, tenant, cookie, somePage)` gives a token that
 * works for POSTs. Throws when the login does not succeed.
 */
export async function loginAs(
  app: FastifyInstance,
  tenant: TestTenant,
  email: string,
  password: string,
  options: { totpSecret?: string | null; remoteAddress?: string } = {},
): Promise<string> {
  const remoteAddress = options.remoteAddress ?? randomIp();
  const form = await csrfFor(app, tenant, '', '/backoffice/login');
  const res = await app.inject({
    method: 'POST',
    url: '/backoffice/login',
    remoteAddress,
    headers: { host: tenant.host, cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: form.token, email, password }).toString(),
  });
  if (res.statusCode !== 303) throw new Error(`login of ${email} failed with status ${res.statusCode}`);
  let cookie = mergeCookies(form.cookie, res);
  if (String(res.headers.location).startsWith('/backoffice/login/verifica')) {
    if (!options.totpSecret) throw new Error(`${email} needs a TOTP code: pass options.totpSecret`);
    const step = await csrfFor(app, tenant, cookie, '/backoffice/login/verifica');
    const code = await generate({ secret: options.totpSecret });
    const verified = await app.inject({
      method: 'POST',
      url: '/backoffice/login/verifica',
      remoteAddress,
      headers: {
        host: tenant.host,
        cookie: step.cookie,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ _csrf: step.token, code }).toString(),
    });
    if (verified.statusCode !== 303)
      throw new Error(`TOTP step of ${email} failed with status ${verified.statusCode}`);
    cookie = mergeCookies(step.cookie, verified);
  }
  if (!/(^|; )cmp_session=/.test(cookie)) throw new Error(`login of ${email} set no session cookie`);
  return cookie;
}

/** POSTs a form as a browser would, with a fresh CSRF token (taken from `formPage`). */
export async function postForm(
  app: FastifyInstance,
  tenant: TestTenant,
  cookie: string,
  url: string,
  fields: Record<string, string | string[]>,
  formPage?: string,
): Promise<LightMyRequestResponse> {
  const { token, cookie: jar } = await csrfFor(app, tenant, cookie, formPage);
  const body = new URLSearchParams({ _csrf: token });
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return app.inject({
    method: 'POST',
    url,
    headers: { host: tenant.host, cookie: jar, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
}
