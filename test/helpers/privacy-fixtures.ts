import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { citizens, createSession, SESSION_COOKIE } from '../../src/modules/identity/index.js';
import { consents, privacyNotices } from '../../src/modules/privacy/index.js';
import { withTenant } from '../../src/platform/db/client.js';
import type { Role } from '../../src/platform/http/types.js';
import { type TestTenant, testDatabase } from './context.js';
import { createStaffUser, csrfFor } from './staff.js';

export interface TestCitizen {
  id: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  /** Cookie header with a live session of this citizen. */
  cookie: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A plausible-looking (not checksummed) fiscal code, unique enough for a test tenant. */
function fakeFiscalCode(): string {
  const pick = () => LETTERS[Math.floor(Math.random() * 26)];
  const digits = () => String(Math.floor(Math.random() * 100)).padStart(2, '0');
  return `${pick()}${pick()}${pick()}${pick()}${pick()}${pick()}${digits()}A${digits()}L219${pick()}`;
}

/** A citizen of `tenant`, written with drizzle, with an open session (as after SPID login). */
export async function createCitizen(
  tenant: TestTenant,
  input: { givenName?: string; familyName?: string; email?: string | null; phone?: string | null } = {},
): Promise<TestCitizen> {
  const database = await testDatabase();
  const givenName = input.givenName ?? 'Maria';
  const familyName = input.familyName ?? 'Rossi';
  const fiscalCode = fakeFiscalCode();
  const id = await withTenant(database, tenant.id, async (tx) => {
    const [row] = await tx
      .insert(citizens)
      .values({
        tenantId: tenant.id,
        fiscalCode,
        givenName,
        familyName,
        email: input.email === undefined ? 'maria.rossi@example.it' : input.email,
        phone: input.phone ?? null,
        lastIdentityProvider: 'spid',
        lastLoginAt: new Date(),
      })
      .returning({ id: citizens.id });
    if (!row) throw new Error('citizen not created');
    return row.id;
  });
  const cookie = await citizenCookie(tenant, id);
  return { id, fiscalCode, givenName, familyName, cookie };
}

/** A new session for a citizen, as the Cookie header to send. */
export async function citizenCookie(
  tenant: TestTenant,
  citizenId: string,
  userAgent = 'TestBrowser/1.0',
): Promise<string> {
  const database = await testDatabase();
  const { token } = await createSession(database, {
    tenantId: tenant.id,
    citizenId,
    ip: '192.0.2.10',
    userAgent,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** A staff member of `tenant` with a session (no login round trip): the Cookie header. */
export async function staffCookie(
  tenant: TestTenant,
  roles: Role[],
  fullName?: string,
): Promise<{ id: string; cookie: string }> {
  const database = await testDatabase();
  const staff = await createStaffUser(tenant, { roles, ...(fullName ? { fullName } : {}) });
  const { token } = await createSession(database, { tenantId: tenant.id, staffUserId: staff.id });
  return { id: staff.id, cookie: `${SESSION_COOKIE}=${token}` };
}

/** Writes a notice version straight to the database (no audit, no HTTP). */
export async function insertNotice(
  tenant: TestTenant,
  version: number,
  input: { title?: string; body?: string } = {},
): Promise<void> {
  const database = await testDatabase();
  await withTenant(database, tenant.id, (tx) =>
    tx.insert(privacyNotices).values({
      tenantId: tenant.id,
      version,
      title: input.title ?? `Informativa privacy v${version}`,
      body: input.body ?? `Testo della versione ${version}.\n\nSecondo paragrafo.`,
    }),
  );
}

/** Records that the citizen acknowledged `version` (as the form would). */
export async function insertAcknowledgement(
  tenant: TestTenant,
  citizenId: string,
  version: number,
): Promise<void> {
  const database = await testDatabase();
  await withTenant(database, tenant.id, (tx) =>
    tx.insert(consents).values({
      tenantId: tenant.id,
      citizenId,
      purpose: 'privacy_notice',
      noticeVersion: version,
      granted: true,
    }),
  );
}

export async function getPage(
  app: FastifyInstance,
  tenant: TestTenant,
  cookie: string,
  url: string,
): Promise<LightMyRequestResponse> {
  return app.inject({ url, headers: { host: tenant.host, cookie, accept: 'text/html' } });
}

/**
 * POSTs a form as a browser would: GETs `formPage` first (following redirects) for the `_csrf`
 * cookie and hidden field, then sends both with the fields.
 */
export async function submitForm(
  app: FastifyInstance,
  tenant: TestTenant,
  cookie: string,
  formPage: string,
  url: string,
  fields: Record<string, string | string[]>,
): Promise<LightMyRequestResponse> {
  const { token, cookie: jar } = await csrfFor(app, tenant, cookie, formPage);
  const body = new URLSearchParams({ _csrf: token });
  for (const [k, v] of Object.entries(fields))
    for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return app.inject({
    method: 'POST',
    url,
    headers: {
      host: tenant.host,
      cookie: jar,
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: body.toString(),
  });
}

export const uniqueName = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
