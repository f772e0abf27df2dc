import { and, eq } from 'drizzle-orm';
import { diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, type Tx, withTenant } from '../../../platform/db/client.js';
import { citizens } from '../schema.js';

export interface SignInCitizen {
  tenantId: string;
  /** As asserted by the identity provider, already normalised (16 characters, uppercase). */
  fiscalCode: string;
  givenName: string;
  familyName: string;
  /** null keeps the address already known (the provider may not release one). */
  email: string | null;
  identityProvider: 'spid' | 'cie';
  ip: string | null;
  requestId: string | null;
}

export interface SignedInCitizen {
  citizenId: string;
  name: string;
  created: boolean;
}

const IDENTITY_FIELDS = ['givenName', 'familyName', 'email'] as const;

/**
 * A citizen asserted by SPID/CIE enters the Comune's portal: known by (Comune, fiscal code), created on
 * the first login, and on every login brought up to date with what the identity provider asserts.
 * Creation and changes of identity data are audited, with the citizen as actor.
 */
export async function signInCitizen(database: Database, input: SignInCitizen): Promise<SignedInCitizen> {
  const now = new Date();
  return withTenant(database, input.tenantId, async (tx) => {
    const name = `${input.givenName} ${input.familyName}`;
    const actor = (id: string) => ({
      id,
      kind: 'citizen',
      name,
      ip: input.ip,
      requestId: input.requestId,
    });
    const existing = await findCitizen(tx, input.tenantId, input.fiscalCode);
    if (!existing) {
      // Two first logins at once: the unique (tenant, fiscal code) index lets one insert win.
      const [row] = await tx
        .insert(citizens)
        .values({
          tenantId: input.tenantId,
          fiscalCode: input.fiscalCode,
          givenName: input.givenName,
          familyName: input.familyName,
          email: input.email,
          lastIdentityProvider: input.identityProvider,
          lastLoginAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: citizens.id });
      if (row) {
        await recordAudit(tx, input.tenantId, actor(row.id), {
          action: 'citizen.login',
          entity: 'citizen',
          entityId: row.id,
          changes: {
            created: true,
            identityProvider: input.identityProvider,
            ...diff(null, { givenName: input.givenName, familyName: input.familyName, email: input.email }),
          },
        });
        return { citizenId: row.id, name, created: true };
      }
    }
    const current = existing ?? (await findCitizen(tx, input.tenantId, input.fiscalCode));
    if (!current) throw new Error('citizen vanished during sign-in');
    const asserted = {
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? current.email,
    };
    await tx
      .update(citizens)
      .set({ ...asserted, lastIdentityProvider: input.identityProvider, lastLoginAt: now, updatedAt: now })
      .where(and(eq(citizens.id, current.id), eq(citizens.tenantId, input.tenantId)));
    const before = Object.fromEntries(IDENTITY_FIELDS.map((f) => [f, current[f]]));
    await recordAudit(tx, input.tenantId, actor(current.id), {
      action: 'citizen.login',
      entity: 'citizen',
      entityId: current.id,
      changes: { identityProvider: input.identityProvider, ...diff(before, asserted) },
    });
    return { citizenId: current.id, name, created: false };
  });
}

async function findCitizen(tx: Tx, tenantId: string, fiscalCode: string) {
  const [row] = await tx
    .select({
      id: citizens.id,
      givenName: citizens.givenName,
      familyName: citizens.familyName,
      email: citizens.email,
    })
    .from(citizens)
    .where(and(eq(citizens.tenantId, tenantId), eq(citizens.fiscalCode, fiscalCode)))
    .for('update')
    .limit(1);
  return row;
}
