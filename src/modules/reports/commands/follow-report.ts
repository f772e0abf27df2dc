// "Seguila": a citizen (logged in) or an e-mail address is told about every public update of a
// report, instead of sending a duplicate.

import { and, eq } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { reportFollowers, reports } from '../schema.js';
import { UUID_PATTERN } from './shared.js';

export type Follower = { citizenId: string } | { email: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Adds the follower (once: following twice is not an error). A merged report passes the follower to
 * the report it was merged into. Returns the id of the report actually followed.
 */
export async function followReport(
  database: Database,
  tenantId: string,
  reportId: string,
  follower: Follower,
): Promise<{ reportId: string; added: boolean }> {
  const email = 'email' in follower ? follower.email.trim().toLowerCase() : null;
  if (email !== null && (!EMAIL.test(email) || email.length > 254))
    throw new AppError('VALIDATION_FAILED', [{ path: 'email', code: 'format', message: 'validation.email' }]);
  if ('citizenId' in follower && !follower.citizenId)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'email', code: 'required', message: 'reports.errors.followerRequired' },
    ]);
  if (!new RegExp(UUID_PATTERN).test(reportId)) throw new AppError('NOT_FOUND');
  return withTenant(database, tenantId, async (tx) => {
    let targetId = reportId;
    // Follow a merge chain to its end (bounded: a cycle would be a bug, not a reason to spin).
    for (let hops = 0; hops < 5; hops++) {
      const [row] = await tx
        .select({ id: reports.id, mergedIntoId: reports.mergedIntoId })
        .from(reports)
        .where(and(eq(reports.tenantId, tenantId), eq(reports.id, targetId)));
      if (!row) throw new AppError('NOT_FOUND');
      if (!row.mergedIntoId) break;
      targetId = row.mergedIntoId;
    }
    const added = await tx
      .insert(reportFollowers)
      .values({
        tenantId,
        reportId: targetId,
        citizenId: 'citizenId' in follower ? follower.citizenId : null,
        email,
      })
      .onConflictDoNothing()
      .returning({ id: reportFollowers.id });
    return { reportId: targetId, added: added.length > 0 };
  });
}
