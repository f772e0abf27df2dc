import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { declareModules } from '../app.js';
import { createStaffUser } from '../modules/identity/index.js';
import { tenants } from '../modules/tenancy/index.js';
import type { AuditActor } from '../platform/audit/audit.js';
import { type Database, openDatabase } from '../platform/db/client.js';
import { AppError } from '../platform/errors/catalogue.js';
import { translate } from '../platform/i18n/index.js';
import { acquireDataDirLock } from '../platform/process/lockfile.js';
import type { CliCommand } from './commands.js';

/** Exit codes: 0 created, 1 refused (unknown Comune, e-mail taken, weak password, database), 2 bad usage. */
export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

const USAGE = 'admin create --tenant <slug> --email <e-mail> --name "<full name>" [--password-stdin]';

export interface AdminCreateInput {
  tenant: string;
  email: string;
  name: string;
  /** From --password-stdin; absent → a random temporary password, printed once. */
  password?: string | undefined;
}

export type AdminCreateOutcome =
  | { code: 0; userId: string; tenantName: string; generatedPassword: string | null }
  | { code: 1 | 2; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Reads the flags; `passwordStdin` says whether the password is to be read from standard input. */
export function parseAdminCreateArgs(
  args: string[],
):
  | { ok: true; input: Omit<AdminCreateInput, 'password'>; passwordStdin: boolean }
  | { ok: false; message: string } {
  let values: { tenant?: string; email?: string; name?: string; 'password-stdin'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        tenant: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
  const missing = (['tenant', 'email', 'name'] as const).filter((k) => !values[k]?.trim());
  if (missing.length) return { ok: false, message: `missing --${missing.join(', --')}` };
  const email = values.email!.trim();
  if (!EMAIL.test(email) || email.length > 254)
    return { ok: false, message: `"${email}" is not an e-mail address` };
  return {
    ok: true,
    input: { tenant: values.tenant!.trim(), email, name: values.name!.trim() },
    passwordStdin: values['password-stdin'] === true,
  };
}

/**
 * Creates an administrator of one Comune, typically its first. The change is audited as done by the
 * system (the command line), like any other.
 */
export async function createAdmin(database: Database, input: AdminCreateInput): Promise<AdminCreateOutcome> {
  const [tenant] = await database.db
    .select({ id: tenants.id, name: tenants.name })
    .from(tenants)
    .where(eq(tenants.slug, input.tenant))
    .limit(1);
  if (!tenant) return { code: EXIT_REFUSED, message: `no Comune with slug "${input.tenant}"` };
  const actor: AuditActor & { id: null } = {
    id: null,
    kind: 'system',
    name: 'campanile admin create',
    ip: null,
    requestId: null,
  };
  try {
    const created = await createStaffUser(database, tenant.id, actor, {
      fullName: input.name,
      email: input.email,
      roles: ['admin'],
      officeIds: [],
      company: '',
      passwordMode: input.password === undefined ? 'temporary' : 'set',
      password: input.password,
    });
    return {
      code: EXIT_OK,
      userId: created.id,
      tenantName: tenant.name,
      generatedPassword: created.temporaryPassword,
    };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
    const problem = err.fields[0];
    if (problem?.message === 'identity.users.errors.emailTaken')
      return {
        code: EXIT_REFUSED,
        message: `a staff account with e-mail ${input.email} already exists in ${input.tenant}`,
      };
    // Field errors are i18n keys: the command line speaks English, like the rest of the CLI.
    declareModules();
    const text = problem ? translate('en', problem.message, problem.params) : 'invalid input';
    return { code: EXIT_REFUSED, message: `${problem?.path ?? 'input'}: ${text}` };
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const adminCreateCommand: CliCommand = {
  summary: 'create an administrator of a Comune (prints a temporary password)',
  usage: USAGE,
  async run(args, env) {
    const parsed = parseAdminCreateArgs(args);
    if (!parsed.ok) {
      process.stderr.write(`campanile admin create: ${parsed.message}\nUsage: campanile ${USAGE}\n`);
      return EXIT_USAGE;
    }
    let password: string | undefined;
    if (parsed.passwordStdin) {
      // One line: a trailing newline (echo, a password manager's pipe) is not part of the password.
      password = (await readStdin()).replace(/\r?\n$/, '');
      if (!password) {
        process.stderr.write('campanile admin create: --password-stdin given but standard input is empty\n');
        return EXIT_USAGE;
      }
    }
    const release = env.DATABASE_URL ? () => {} : acquireDataDirLock(env.DATA_DIR);
    const database = await openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.DATABASE_URL ? undefined : join(env.DATA_DIR, 'pglite'),
    });
    try {
      const outcome = await createAdmin(database, { ...parsed.input, password });
      if (outcome.code !== EXIT_OK) {
        process.stderr.write(`campanile admin create: ${outcome.message}\n`);
        return outcome.code;
      }
      const lines = [`Administrator ${parsed.input.email} created for ${outcome.tenantName}.`];
      if (outcome.generatedPassword)
        lines.push(
          `Temporary password (shown only now; to be changed at first login): ${outcome.generatedPassword}`,
        );
      process.stdout.write(`${lines.join('\n')}\n`);
      return EXIT_OK;
    } catch (err) {
      const code =
        (err as { code?: string; cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
      // 42P01: undefined_table, a database that was never migrated.
      const message =
        code === '42P01'
          ? 'the database has no tables yet: run `campanile db migrate` first'
          : `could not create the administrator: ${(err as Error).message}`;
      process.stderr.write(`campanile admin create: ${message}\n`);
      return EXIT_REFUSED;
    } finally {
      await database.close();
      release();
    }
  },
};
