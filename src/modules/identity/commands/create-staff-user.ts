import { diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { generatePassword, passwordProblems } from '../password-policy.js';
import { hashPassword } from '../passwords.js';
import { staffUsers } from '../schema.js';
import { rejectFields, type StaffAuditActor } from './shared.js';
import {
  emailTaken,
  isUniqueViolation,
  normalizeStaffUser,
  replaceOfficeMemberships,
  type StaffUserFields,
  staffUserProblems,
} from './staff-user-fields.js';

export interface CreateStaffUserInput extends StaffUserFields {
  /**
   * 'temporary': a random password is generated, shown once, and must be changed at first login;
   * 'set': the administrator types the initial password.
   */
  passwordMode: 'temporary' | 'set';
  password?: string | undefined;
}

export interface CreatedStaffUser {
  id: string;
  /** Present in 'temporary' mode: the only time anyone sees it. */
  temporaryPassword: string | null;
}

export async function createStaffUser(
  database: Database,
  tenantId: string,
  actor: StaffAuditActor | (Omit<StaffAuditActor, 'id'> & { id: null }),
  input: CreateStaffUserInput,
): Promise<CreatedStaffUser> {
  const user = normalizeStaffUser(input);
  const passwordFields: FieldError[] =
    input.passwordMode === 'set' ? passwordProblems(input.password ?? '', user.email, 'password') : [];
  const temporaryPassword = input.passwordMode === 'temporary' ? generatePassword() : null;
  const passwordHash = await hashPassword(temporaryPassword ?? input.password ?? '');
  try {
    return await withTenant(database, tenantId, async (tx) => {
      rejectFields([...(await staffUserProblems(tx, tenantId, input, user)), ...passwordFields]);
      const [row] = await tx
        .insert(staffUsers)
        .values({
          tenantId,
          fullName: user.fullName,
          email: user.email,
          roles: user.roles,
          company: user.company,
          passwordHash,
          mustChangePassword: temporaryPassword !== null,
        })
        .returning({ id: staffUsers.id });
      if (!row) throw new AppError('INTERNAL');
      await replaceOfficeMemberships(tx, tenantId, row.id, user.officeIds);
      await recordAudit(tx, tenantId, actor, {
        action: 'staff_user.created',
        entity: 'staff_user',
        entityId: row.id,
        changes: diff(null, {
          ...user,
          active: true,
          mustChangePassword: temporaryPassword !== null,
          passwordHash: 'set',
        }),
      });
      return { id: row.id, temporaryPassword };
    });
  } catch (err) {
    // Two administrators creating the same address at once: the unique index has the last word.
    if (isUniqueViolation(err)) throw new AppError('VALIDATION_FAILED', [emailTaken()]);
    throw err;
  }
}
