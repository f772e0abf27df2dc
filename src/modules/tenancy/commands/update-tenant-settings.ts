import { and, eq, inArray, ne, notInArray } from 'drizzle-orm';
import { type AuditActor, diff, recordAudit } from '../../../platform/audit/audit.js';
import { type Database, withTenant } from '../../../platform/db/client.js';
import { AppError, type ErrorCode, type FieldError } from '../../../platform/errors/catalogue.js';
import type { Storage } from '../../../platform/storage/storage.js';
import { contrastRatio, HEX_COLOUR, MIN_TEXT_CONTRAST } from '../../../platform/validation/colour.js';
import { isValidEntityFiscalCode } from '../../../platform/validation/fiscal-code.js';
import { isValidHostname, parseHostnameList } from '../../../platform/validation/hostname.js';
import { reencodeAsPng, sniffImageType } from '../../../platform/validation/image.js';
import { invalidateTenantCache } from '../queries/find-tenant-by-host.js';
import { readTenantSettings, type TenantSettings } from '../queries/get-tenant-settings.js';
import { tenantHosts, tenants } from '../schema.js';

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MAX_PIXELS = 512;
export const MAX_HOSTNAMES = 20;

/** An uploaded file as the route hands it over; `truncated` when it went past the size limit. */
export interface UploadedFile {
  filename: string;
  data: Buffer;
  truncated: boolean;
}

export interface TenantSettingsInput {
  name: string;
  shortName: string;
  istatCode: string;
  fiscalCode: string;
  address?: string | undefined;
  postalCode?: string | undefined;
  province?: string | undefined;
  region?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  pec?: string | undefined;
  website?: string | undefined;
  accessibilityUrl?: string | undefined;
  primaryColor: string;
  secondaryColor: string;
  /** One host name per line, as typed. */
  hostnames: string;
  /** A new logo, if one was chosen (an empty file counts as none). */
  logo?: UploadedFile | undefined;
  removeLogo?: boolean | undefined;
}

type Editable = Omit<TenantSettings, 'logoKey'>;

export function normalizeSettings(input: TenantSettingsInput): Editable {
  const text = (v: string | undefined) => (v ?? '').trim();
  return {
    name: text(input.name).replace(/\s+/g, ' '),
    shortName: text(input.shortName).replace(/\s+/g, ' '),
    istatCode: text(input.istatCode),
    fiscalCode: text(input.fiscalCode),
    address: text(input.address),
    postalCode: text(input.postalCode),
    province: text(input.province).toUpperCase(),
    region: text(input.region),
    phone: text(input.phone),
    email: text(input.email).toLowerCase(),
    pec: text(input.pec).toLowerCase(),
    website: text(input.website),
    accessibilityUrl: text(input.accessibilityUrl),
    primaryColor: text(input.primaryColor).toLowerCase(),
    secondaryColor: text(input.secondaryColor).toLowerCase(),
    hostnames: parseHostnameList(input.hostnames).sort(),
  };
}

const problem = (
  path: string,
  message: string,
  params?: Record<string, string | number>,
  code = 'invalid',
) => ({
  path,
  code,
  message,
  ...(params ? { params } : {}),
});

/**
 * Rules beyond the form schema's shapes: the fiscal code's check digit, a primary colour readable on
 * white, host names that are names, and the host the administrator is working from kept in the list.
 */
export function settingsProblems(fields: Editable, currentHost: string | null): FieldError[] {
  const problems: FieldError[] = [];
  if (!fields.name) problems.push(problem('name', 'validation.required', undefined, 'required'));
  if (!fields.shortName) problems.push(problem('shortName', 'validation.required', undefined, 'required'));
  if (!/^\d{6}$/.test(fields.istatCode))
    problems.push(problem('istatCode', 'tenancy.settings.errors.istatCode'));
  if (!isValidEntityFiscalCode(fields.fiscalCode))
    problems.push(problem('fiscalCode', 'tenancy.settings.errors.fiscalCode'));
  if (fields.website) {
    let ok = false;
    try {
      const url = new URL(fields.website);
      ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      ok = false;
    }
    if (!ok) problems.push(problem('website', 'tenancy.settings.errors.website'));
  }
  if (fields.accessibilityUrl && !isAccessibilityDeclarationUrl(fields.accessibilityUrl))
    problems.push(problem('accessibilityUrl', 'tenancy.settings.errors.accessibilityUrl'));
  for (const key of ['primaryColor', 'secondaryColor'] as const) {
    if (!HEX_COLOUR.test(fields[key])) problems.push(problem(key, 'tenancy.settings.errors.colour'));
  }
  if (HEX_COLOUR.test(fields.primaryColor)) {
    const ratio = contrastRatio(fields.primaryColor, '#ffffff');
    if (ratio < MIN_TEXT_CONTRAST)
      problems.push(
        problem(
          'primaryColor',
          'tenancy.settings.errors.contrast',
          { ratio: (Math.floor(ratio * 100) / 100).toFixed(2).replace('.', ',') },
          'contrast',
        ),
      );
  }
  if (fields.hostnames.length === 0)
    problems.push(problem('hostnames', 'tenancy.settings.errors.hostnamesRequired', undefined, 'required'));
  else if (fields.hostnames.length > MAX_HOSTNAMES)
    problems.push(problem('hostnames', 'tenancy.settings.errors.tooManyHosts', { limit: MAX_HOSTNAMES }));
  else {
    const invalid = fields.hostnames.find((h) => !isValidHostname(h));
    if (invalid)
      problems.push(problem('hostnames', 'tenancy.settings.errors.hostnameInvalid', { host: invalid }));
    else if (currentHost && !fields.hostnames.includes(currentHost))
      problems.push(problem('hostnames', 'tenancy.settings.errors.currentHost', { host: currentHost }));
  }
  return problems;
}

/**
 * AgID publishes accessibility declarations only on https://form.agid.gov.it (the national checker,
 * criterion C.SI.3.2, follows the footer link there): any https address on that host is accepted.
 */
export function isAccessibilityDeclarationUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' &&
      url.hostname === 'form.agid.gov.it' &&
      url.port === '' &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

/** Checks a chosen logo by its bytes and re-encodes it; a field error when it is not acceptable. */
export async function prepareLogo(
  file: UploadedFile,
): Promise<{ png: Buffer; error?: undefined } | { png?: undefined; error: FieldError }> {
  if (file.truncated || file.data.length > LOGO_MAX_BYTES)
    return { error: problem('logo', 'tenancy.settings.errors.logoTooLarge', undefined, 'PAYLOAD_TOO_LARGE') };
  if (!(await sniffImageType(file.data)))
    return { error: problem('logo', 'tenancy.settings.errors.logoType', undefined, 'FILE_TYPE_NOT_ALLOWED') };
  try {
    return { png: await reencodeAsPng(file.data, LOGO_MAX_PIXELS) };
  } catch {
    return {
      error: problem('logo', 'tenancy.settings.errors.logoUnreadable', undefined, 'FILE_TYPE_NOT_ALLOWED'),
    };
  }
}

/** The catalogue code that best describes a rejected form: a file problem wins over a typing mistake. */
function rejection(fields: FieldError[]): AppError {
  const codes: ErrorCode[] = ['FILE_TYPE_NOT_ALLOWED', 'PAYLOAD_TOO_LARGE'];
  const code = codes.find((c) => fields.some((f) => f.code === c)) ?? 'VALIDATION_FAILED';
  return new AppError(code, fields);
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/**
 * An administrator changes the Comune's settings. Everything is checked first (all problems reported
 * at once, including another Comune already answering on a host name); the new logo is stored, then
 * the tenant row, its host names and the audit entry are written in one transaction. The tenant cache
 * is cleared afterwards, and a replaced logo file removed.
 */
export async function updateTenantSettings(
  database: Database,
  storage: Storage,
  tenantId: string,
  actor: AuditActor,
  input: TenantSettingsInput,
  options: { currentHost?: string | null } = {},
): Promise<{ changed: boolean }> {
  const fields = normalizeSettings(input);
  const problems = settingsProblems(fields, options.currentHost ?? null);
  let png: Buffer | undefined;
  if (input.logo && (input.logo.data.length > 0 || input.logo.truncated)) {
    const prepared = await prepareLogo(input.logo);
    if (prepared.error) problems.push(prepared.error);
    else png = prepared.png;
  }

  const taken = await hostnamesTakenElsewhere(database, tenantId, fields.hostnames);
  for (const host of taken)
    problems.push(problem('hostnames', 'tenancy.settings.errors.hostnameTaken', { host }, 'taken'));
  if (problems.length > 0) throw rejection(dedupe(problems));

  const newLogoKey = png ? await storage.put(`tenants/${tenantId}/logo`, png, 'png') : undefined;
  let oldLogoKey: string | null = null;
  let result: { changed: boolean };
  try {
    result = await withTenant(database, tenantId, async (tx) => {
      const before = await readTenantSettings(tx, tenantId);
      if (!before) throw new AppError('NOT_FOUND');
      const logoKey = newLogoKey ?? (input.removeLogo ? null : before.logoKey);
      const after: TenantSettings = { ...fields, logoKey };
      const changes = diff({ ...before }, { ...after });
      if (Object.keys(changes).length === 0) return { changed: false };
      const { hostnames, ...columns } = after;
      await tx
        .update(tenants)
        .set({ ...columns, updatedAt: new Date() })
        .where(eq(tenants.id, tenantId));
      if (changes.hostnames) {
        await tx
          .delete(tenantHosts)
          .where(and(eq(tenantHosts.tenantId, tenantId), notInArray(tenantHosts.hostname, hostnames)));
        await tx
          .insert(tenantHosts)
          .values(hostnames.map((hostname) => ({ hostname, tenantId })))
          .onConflictDoNothing({ target: tenantHosts.hostname });
        // A host taken by another Comune between the check above and this insert was skipped: refuse.
        const mine = await tx
          .select({ hostname: tenantHosts.hostname })
          .from(tenantHosts)
          .where(and(eq(tenantHosts.tenantId, tenantId), inArray(tenantHosts.hostname, hostnames)));
        const missing = hostnames.filter((h) => !mine.some((m) => m.hostname === h));
        if (missing.length > 0)
          throw rejection(
            missing.map((host) =>
              problem('hostnames', 'tenancy.settings.errors.hostnameTaken', { host }, 'taken'),
            ),
          );
      }
      await recordAudit(tx, tenantId, actor, {
        action: 'tenant.settings_updated',
        entity: 'tenant',
        entityId: tenantId,
        changes,
      });
      if (before.logoKey && before.logoKey !== logoKey) oldLogoKey = before.logoKey;
      return { changed: true };
    });
  } catch (err) {
    if (newLogoKey) await storage.delete(newLogoKey).catch(() => {});
    if (isUniqueViolation(err))
      throw rejection([problem('hostnames', 'errors.duplicate', undefined, 'taken')]);
    throw err;
  }
  if (result.changed) invalidateTenantCache();
  if (newLogoKey && !result.changed) await storage.delete(newLogoKey).catch(() => {});
  if (oldLogoKey) await storage.delete(oldLogoKey).catch(() => {});
  return result;
}

/** Host names in the list that another Comune already answers on. */
async function hostnamesTakenElsewhere(
  database: Database,
  tenantId: string,
  hostnames: string[],
): Promise<string[]> {
  const valid = hostnames.filter(isValidHostname);
  if (valid.length === 0) return [];
  // tenant_host holds no tenant data and is read before any tenant is known: no RLS on it (see db/rls.ts).
  const rows = await withTenant(database, tenantId, (tx) =>
    tx
      .select({ hostname: tenantHosts.hostname })
      .from(tenantHosts)
      .where(and(inArray(tenantHosts.hostname, valid), ne(tenantHosts.tenantId, tenantId))),
  );
  return rows.map((r) => r.hostname).sort();
}

/** One message per field is enough for the form, except host names where each clash is worth naming. */
function dedupe(fields: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    const key = f.path === 'hostnames' ? `${f.path}:${f.message}:${f.params?.host ?? ''}` : f.path;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
