import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../platform/db/client.js';
import { COOKIE_DEFAULTS } from '../../platform/http/server.js';
import type { Actor, Role } from '../../platform/http/types.js';
import { officeMembers } from '../offices/schema.js';
import { citizens, sessions, staffUsers } from './schema.js';

export const SESSION_COOKIE = 'cmp_session';
/** Staff sessions end after 8 idle hours; citizens' after 30 minutes, as SPID sessions usually do. */
export const STAFF_IDLE_MS = 8 * 3600_000;
export const CITIZEN_IDLE_MS = 30 * 60_000;
/** A login waiting for its TOTP code lasts this long, and is never extended. */
export const PENDING_SECOND_FACTOR_MS = 10 * 60_000;
/** last_seen is refreshed at most this often, so reading a session is not a write on every request. */
const TOUCH_EVERY_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Requests of staff whose password is temporary: they may do nothing but change it (see http/guard.ts). */
const mustChangePassword = new WeakSet<FastifyRequest>();

export function passwordChangeDue(request: FastifyRequest): boolean {
  return mustChangePassword.has(request);
}

export interface NewSession {
  tenantId: string;
  staffUserId?: string;
  citizenId?: string;
  pendingSecondFactor?: boolean;
  ip?: string;
  userAgent?: string;
}

export async function createSession(
  database: Database,
  input: NewSession,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const idle = input.pendingSecondFactor
    ? PENDING_SECOND_FACTOR_MS
    : input.staffUserId
      ? STAFF_IDLE_MS
      : CITIZEN_IDLE_MS;
  const expiresAt = new Date(Date.now() + idle);
  await database.db.insert(sessions).values({
    tenantId: input.tenantId,
    tokenHash: hashToken(token),
    staffUserId: input.staffUserId ?? null,
    citizenId: input.citizenId ?? null,
    pendingSecondFactor: input.pendingSecondFactor ?? false,
    ip: input.ip ?? null,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    expiresAt,
  });
  return { token, expiresAt };
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  // Host-only (no Domain attribute): the Modello Comuni checker rejects cookies scoped wider.
  reply.setCookie(SESSION_COOKIE, token, { ...COOKIE_DEFAULTS, secure });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export async function destroySession(database: Database, sessionId: string): Promise<void> {
  await database.db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** "Log out everywhere": every session of the person, on every device. */
export async function destroyAllSessions(
  database: Database,
  who: { staffUserId?: string; citizenId?: string },
): Promise<number> {
  if (who.staffUserId) {
    const rows = await database.db
      .delete(sessions)
      .where(eq(sessions.staffUserId, who.staffUserId))
      .returning({ id: sessions.id });
    return rows.length;
  }
  if (who.citizenId) {
    const rows = await database.db
      .delete(sessions)
      .where(eq(sessions.citizenId, who.citizenId))
      .returning({ id: sessions.id });
    return rows.length;
  }
  return 0;
}

/**
 * Resolves the caller from the session cookie, for the request's Comune only: a cookie of another
 * Comune's session is worthless here. Expired sessions are ignored (and purged by retention).
 */
export function actorLoader(database: Database) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<Actor> => {
    const token = request.cookies[SESSION_COOKIE];
    const tenant = request.tenant;
    if (!token || !tenant || token.length > 100) return { kind: 'anonymous' };
    const now = new Date();
    // One round trip per authenticated request: the session with its person (of this Comune only).
    const [row] = await database.db
      .select({
        id: sessions.id,
        staffUserId: sessions.staffUserId,
        citizenId: sessions.citizenId,
        pendingSecondFactor: sessions.pendingSecondFactor,
        lastSeenAt: sessions.lastSeenAt,
        staffName: staffUsers.fullName,
        staffEmail: staffUsers.email,
        staffRoles: staffUsers.roles,
        staffActive: staffUsers.active,
        mustChangePassword: staffUsers.mustChangePassword,
        officeIds: sql<
          string[]
        >`coalesce((select array_agg(${officeMembers.officeId}) from ${officeMembers} where ${officeMembers.staffUserId} = ${staffUsers.id}), '{}')`,
        citizenGivenName: citizens.givenName,
        citizenFamilyName: citizens.familyName,
        citizenFiscalCode: citizens.fiscalCode,
      })
      .from(sessions)
      .leftJoin(staffUsers, and(eq(staffUsers.id, sessions.staffUserId), eq(staffUsers.tenantId, tenant.id)))
      .leftJoin(citizens, and(eq(citizens.id, sessions.citizenId), eq(citizens.tenantId, tenant.id)))
      .where(
        and(
          eq(sessions.tokenHash, hashToken(token)),
          eq(sessions.tenantId, tenant.id),
          gt(sessions.expiresAt, now),
        ),
      )
      .limit(1);
    if (!row) {
      clearSessionCookie(reply);
      return { kind: 'anonymous' };
    }
    if (!row.pendingSecondFactor && now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      const idle = row.staffUserId ? STAFF_IDLE_MS : CITIZEN_IDLE_MS;
      await database.db
        .update(sessions)
        .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + idle) })
        .where(eq(sessions.id, row.id));
    }
    if (row.staffUserId) {
      if (row.pendingSecondFactor)
        return { kind: 'pending-second-factor', id: row.staffUserId, sessionId: row.id };
      if (!row.staffActive) return { kind: 'anonymous' };
      if (row.mustChangePassword) mustChangePassword.add(request);
      return {
        kind: 'staff',
        id: row.staffUserId,
        name: row.staffName ?? '',
        email: row.staffEmail ?? '',
        roles: (row.staffRoles ?? []) as Role[],
        officeIds: row.officeIds,
        sessionId: row.id,
      };
    }
    if (row.citizenId && row.citizenFiscalCode) {
      return {
        kind: 'citizen',
        id: row.citizenId,
        name: `${row.citizenGivenName} ${row.citizenFamilyName}`,
        fiscalCode: row.citizenFiscalCode,
        sessionId: row.id,
      };
    }
    return { kind: 'anonymous' };
  };
}
