import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { offices } from '../offices/index.js';
import {
  type AdministrationAttachmentRow,
  type AdministrationRow,
  administrationAttachments,
  administrationItems,
} from './schema.js';

export const ADMINISTRATION_PUBLIC_PATH = '/amministrazione';
export const ADMIN_PAGE_SIZE = 20;

export const administrationHref = (category: string, slug: string) =>
  `${ADMINISTRATION_PUBLIC_PATH}/${category}/${slug}`;

/** Where an attachment is served: its id and its sanitised file name (the name must match). */
export const administrationAttachmentHref = (a: Pick<AdministrationAttachmentRow, 'id' | 'filename'>) =>
  `${ADMINISTRATION_PUBLIC_PATH}/allegati/${a.id}/${a.filename}`;

/** An attachment with the status of its scheda (drafts' attachments are for staff only). */
export async function getAdministrationAttachment(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select({ attachment: administrationAttachments, status: administrationItems.status })
    .from(administrationAttachments)
    .innerJoin(
      administrationItems,
      and(
        eq(administrationItems.id, administrationAttachments.itemId),
        eq(administrationItems.tenantId, administrationAttachments.tenantId),
      ),
    )
    .where(and(eq(administrationAttachments.tenantId, tenantId), eq(administrationAttachments.id, id)))
    .limit(1);
  return row ?? null;
}

export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

const published = eq(administrationItems.status, 'published');

/** One portal category: its published schede, by sort order then title. */
export async function listPublicAdministration(tx: Tx, tenantId: string, category: string) {
  return tx
    .select({
      slug: administrationItems.slug,
      title: administrationItems.title,
      summary: administrationItems.summary,
      role: administrationItems.role,
    })
    .from(administrationItems)
    .where(
      and(eq(administrationItems.tenantId, tenantId), eq(administrationItems.category, category), published),
    )
    .orderBy(asc(administrationItems.sortOrder), asc(administrationItems.title));
}

/** A scheda's page: published (or any status with `preview`), with its office. */
export async function getAdministrationPage(
  tx: Tx,
  tenantId: string,
  category: string,
  slug: string,
  options: { preview?: boolean } = {},
) {
  const conditions = [
    eq(administrationItems.tenantId, tenantId),
    eq(administrationItems.category, category),
    eq(administrationItems.slug, slug),
  ];
  if (!options.preview) conditions.push(published);
  const [row] = await tx
    .select({
      item: administrationItems,
      officeName: offices.name,
      officeSlug: offices.slug,
    })
    .from(administrationItems)
    .leftJoin(
      offices,
      and(eq(offices.id, administrationItems.officeId), eq(offices.tenantId, administrationItems.tenantId)),
    )
    .where(and(...conditions))
    .limit(1);
  return row ?? null;
}

export interface AdminFilter {
  category?: string | undefined;
  q?: string | undefined;
}

/** The redattore's list: every scheda of the Comune, by category, sort order and title; paged. */
export async function listAdministrationAdmin(
  tx: Tx,
  tenantId: string,
  filter: AdminFilter,
  page: number,
  pageSize = ADMIN_PAGE_SIZE,
): Promise<Paged<AdministrationRow>> {
  const conditions: SQL[] = [eq(administrationItems.tenantId, tenantId)];
  if (filter.category) conditions.push(eq(administrationItems.category, filter.category));
  // LIKE wildcards typed by the redattore are searched literally.
  const q = filter.q?.trim().replace(/[\\%_]/g, '\\$&');
  if (q)
    conditions.push(
      sql`immutable_unaccent(lower(${administrationItems.title} || ' ' || ${administrationItems.role})) like '%' || immutable_unaccent(lower(${q})) || '%'`,
    );
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    tx
      .select()
      .from(administrationItems)
      .where(where)
      .orderBy(
        asc(administrationItems.category),
        asc(administrationItems.sortOrder),
        asc(administrationItems.title),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ n: count() }).from(administrationItems).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0), page, pageSize };
}
