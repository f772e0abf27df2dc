import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eq, inArray } from 'drizzle-orm';
import { createTenant, tenantHosts, tenants } from '../modules/tenancy/index.js';
import { type Database, openDatabase } from '../platform/db/client.js';
import { migrateDatabase } from '../platform/db/migrate.js';
import { acquireDataDirLock } from '../platform/process/lockfile.js';
import { isValidEntityFiscalCode } from '../platform/validation/fiscal-code.js';
import { isValidHostname, normalizeHostname } from '../platform/validation/hostname.js';
import { SLUG } from '../platform/validation/slug.js';
import type { CliCommand } from './commands.js';

const USAGE =
  'tenant create --slug <slug> --name "Comune di …" --istat <6 digits> --fiscal-code <11 digits> --host <name> [--host …] [--province TO] [--region Piemonte]';

export interface TenantCreateInput {
  slug: string;
  name: string;
  istat: string;
  fiscalCode: string;
  hosts: string[];
  province: string;
  region: string;
}

/** Validates the flags; returns the first problem as one line, or the input ready to store. */
export function parseTenantCreateArgs(
  args: string[],
): { ok: true; input: TenantCreateInput } | { ok: false; message: string } {
  let values: Record<string, string | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        slug: { type: 'string' },
        name: { type: 'string' },
        istat: { type: 'string' },
        'fiscal-code': { type: 'string' },
        host: { type: 'string', multiple: true },
        province: { type: 'string', default: '' },
        region: { type: 'string', default: '' },
      },
      strict: true,
    }));
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
  const text = (k: string) => String(values[k] ?? '').trim();
  const missing = ['slug', 'name', 'istat', 'fiscal-code'].filter((k) => !text(k));
  if (missing.length) return { ok: false, message: `missing --${missing.join(', --')}` };
  if (!SLUG.test(text('slug')))
    return { ok: false, message: `--slug "${text('slug')}": lower-case letters, digits and hyphens` };
  if (!/^\d{6}$/.test(text('istat'))) return { ok: false, message: `--istat "${text('istat')}": six digits` };
  if (!isValidEntityFiscalCode(text('fiscal-code'))) {
    return {
      ok: false,
      message: `--fiscal-code "${text('fiscal-code')}": not a valid 11-digit codice fiscale (check digit)`,
    };
  }
  const hosts = ((values.host as string[] | undefined) ?? []).map(normalizeHostname);
  if (hosts.length === 0)
    return { ok: false, message: 'at least one --host is required (the name the Comune answers on)' };
  const bad = hosts.find((h) => !isValidHostname(h));
  if (bad) return { ok: false, message: `--host "${bad}" is not a valid host name` };
  const province = text('province').toUpperCase();
  if (province && !/^[A-Z]{2}$/.test(province))
    return { ok: false, message: `--province "${province}": two letters, e.g. TO` };
  return {
    ok: true,
    input: {
      slug: text('slug'),
      name: text('name'),
      istat: text('istat'),
      fiscalCode: text('fiscal-code'),
      hosts: [...new Set(hosts)],
      province,
      region: text('region'),
    },
  };
}

/** Creates the Comune unless its slug or one of its host names is already taken. */
export async function createTenantFromCli(
  database: Database,
  input: TenantCreateInput,
): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const [slugTaken] = await database.db
    .select({ id: tenants.id })
    .from(tenants)
    .where(eq(tenants.slug, input.slug))
    .limit(1);
  if (slugTaken) return { ok: false, message: `a Comune with slug "${input.slug}" already exists` };
  const taken = await database.db
    .select({ hostname: tenantHosts.hostname })
    .from(tenantHosts)
    .where(inArray(tenantHosts.hostname, input.hosts));
  if (taken.length)
    return {
      ok: false,
      message: `host name already used by another Comune: ${taken.map((t) => t.hostname).join(', ')}`,
    };
  const id = await createTenant(database, {
    slug: input.slug,
    name: input.name,
    shortName: input.name.replace(/^Comune di\s+/i, ''),
    istatCode: input.istat,
    fiscalCode: input.fiscalCode,
    province: input.province,
    region: input.region,
    hostnames: input.hosts,
  });
  return { ok: true, id };
}

export const tenantCreateCommand: CliCommand = {
  summary: 'add a Comune (tenant) with the host names it answers on',
  usage: 'tenant create --slug --name --istat --fiscal-code --host …',
  async run(args, env) {
    const parsed = parseTenantCreateArgs(args);
    if (!parsed.ok) {
      process.stderr.write(`campanile tenant create: ${parsed.message}\nUsage: campanile ${USAGE}\n`);
      return 2;
    }
    const release = env.DATABASE_URL ? () => {} : acquireDataDirLock(env.DATA_DIR);
    const database = await openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.DATABASE_URL ? undefined : join(env.DATA_DIR, 'pglite'),
    });
    try {
      await migrateDatabase(database);
      const outcome = await createTenantFromCli(database, parsed.input);
      if (!outcome.ok) {
        process.stderr.write(`campanile tenant create: ${outcome.message}\n`);
        return 1;
      }
      process.stdout.write(
        `${parsed.input.name} created (slug ${parsed.input.slug}, hosts ${parsed.input.hosts.join(', ')}).\n` +
          `Next: campanile admin create --tenant ${parsed.input.slug} --email <e-mail> --name "<Nome Cognome>"\n`,
      );
      return 0;
    } finally {
      await database.close();
      release();
    }
  },
};
