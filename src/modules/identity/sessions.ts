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
    const [row] = await database.db
      .select()
      .from(sessions)
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
      const [user] = await database.db
        .select({
          id: staffUsers.id,
          fullName: staffUsers.fullName,
          email: staffUsers.email,
          roles: staffUsers.roles,
          active: staffUsers.active,
          mustChangePassword: staffUsers.mustChangePassword,
          officeIds: sql<
            string[]
          >`coalesce((select array_agg(${officeMembers.officeId}) from ${officeMembers} where ${officeMembers.staffUserId} = ${staffUsers.id}), '{}')`,
        })
        .from(staffUsers)
        .where(and(eq(staffUsers.id, row.staffUserId), eq(staffUsers.tenantId, tenant.id)))
        .limit(1);
      if (!user?.active) return { kind: 'anonymous' };
      if (user.mustChangePassword) mustChangePassword.add(request);
      return {
        kind: 'staff',
        id: user.id,
        name: user.fullName,
        email: user.email,
        roles: user.roles as Role[],
        officeIds: user.officeIds,
        sessionId: row.id,
      };
    }
    if (row.citizenId) {
      const [citizen] = await database.db
        .select({
          id: citizens.id,
          givenName: citizens.givenName,
          familyName: citizens.familyName,
          fiscalCode: citizens.fiscalCode,
        })
        .from(citizens)
        .where(and(eq(citizens.id, row.citizenId), eq(citizens.tenantId, tenant.id)))
        .limit(1);
      if (!citizen) return { kind: 'anonymous' };
      return {
        kind: 'citizen',
        id: citizen.id,
        name: `${citizen.givenName} ${citizen.familyName}`,
        fiscalCode: citizen.fiscalCode,
        sessionId: row.id,
      };
    }
    return { kind: 'anonymous' };
  };
}
