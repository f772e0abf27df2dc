import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError, type FieldError } from '../../../platform/errors/catalogue.js';
import { citizens } from '../../identity/index.js';
import { type IdentifiedActor, rejectFields } from './shared.js';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/;
/** Italian and international numbers: digits with optional +, spaces, dots, dashes, slashes. */
const PHONE = /^\+?[0-9][0-9 ./-]{4,23}$/;

export interface ContactsInput {
  email: string;
  phone: string;
}

/** Normalised contacts: trimmed, empty means "none", the phone without separators. */
export function normalizeContacts(input: ContactsInput): { email: string | null; phone: string | null } {
  const email = input.email.trim();
  const phone = input.phone.trim();
  return {
    email: email ? email.toLowerCase() : null,
    phone: phone ? phone.replace(/[ ./-]/g, '') : null,
  };
}

/**
 * The citizen changes the e-mail address and phone number the Comune may use to reach them. The
 * audit entry names the fields that changed, not their values (the log outlives the contacts).
 */
export async function updateContacts(
  database: Database,
  tenantId: string,
  citizen: IdentifiedActor,
  input: ContactsInput,
): Promise<{ changed: boolean }> {
  const fields: FieldError[] = [];
  const email = input.email.trim();
  const phone = input.phone.trim();
  if (email && (email.length > 254 || !EMAIL.test(email)))
    fields.push({ path: 'email', code: 'format', message: 'validation.email' });
  const digits = phone.replace(/\D/g, '');
  if (phone && (!PHONE.test(phone) || digits.length < 6 || digits.length > 15))
    fields.push({ path: 'phone', code: 'pattern', message: 'privacy.area.errors.phone' });
  rejectFields(fields);
  const next = normalizeContacts(input);
  return withTenant(database, tenantId, async (tx) => {
    const [before] = await tx
      .select({ email: citizens.email, phone: citizens.phone })
      .from(citizens)
      .where(and(eq(citizens.id, citizen.id), eq(citizens.tenantId, tenantId)))
      .for('update')
      .limit(1);
    if (!before) throw new AppError('NOT_FOUND');
    const changed = (['email', 'phone'] as const).filter((f) => before[f] !== next[f]);
    if (changed.length === 0) return { changed: false };
    await tx
      .update(citizens)
      .set({ ...next, updatedAt: new Date() })
      .where(and(eq(citizens.id, citizen.id), eq(citizens.tenantId, tenantId)));
    await recordAudit(tx, tenantId, citizen, {
      action: 'citizen.contacts_updated',
      entity: 'citizen',
      entityId: citizen.id,
      changes: { fields: changed },
    });
    return { changed: true };
  });
}
