import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors/catalogue.js';
import { staffUsers } from '../../identity/index.js';
import { offices } from '../schema.js';

/** The office, locked for the rest of the transaction so concurrent membership changes queue up. */
export async function lockOffice(
  tx: Tx,
  tenantId: string,
  officeId: string,
): Promise<{ id: string; name: string }> {
  const [office] = await tx
    .select({ id: offices.id, name: offices.name })
    .from(offices)
    .where(and(eq(offices.tenantId, tenantId), eq(offices.id, officeId)))
    .for('update')
    .limit(1);
  if (!office) throw new AppError('NOT_FOUND');
  return office;
}

export async function findStaffUser(
  tx: Tx,
  tenantId: string,
  staffUserId: string,
): Promise<{ id: string; fullName: string; active: boolean } | null> {
  const [user] = await tx
    .select({ id: staffUsers.id, fullName: staffUsers.fullName, active: staffUsers.active })
    .from(staffUsers)
    .where(and(eq(staffUsers.tenantId, tenantId), eq(staffUsers.id, staffUserId)))
    .limit(1);
  return user ?? null;
}
