import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { offices } from '../offices/schema.js';
import { serviceCategories, services } from './schema.js';

export async function listCategories(tx: Tx, tenantId: string) {
  return tx
    .select({
      slug: serviceCategories.slug,
      name: serviceCategories.name,
      description: serviceCategories.description,
      id: serviceCategories.id,
    })
    .from(serviceCategories)
    .where(eq(serviceCategories.tenantId, tenantId))
    .orderBy(asc(serviceCategories.sortOrder), asc(serviceCategories.name));
}

/** Every service of the Comune (no pagination: the checker must see them all), optionally filtered. */
export async function listServices(
  tx: Tx,
  tenantId: string,
  filter: { q?: string; categoryId?: string } = {},
) {
  const conditions = [eq(services.tenantId, tenantId)];
  if (filter.categoryId) conditions.push(eq(services.categoryId, filter.categoryId));
  const q = filter.q?.trim();
  if (q)
    conditions.push(
      sql`(to_tsvector('italian', immutable_unaccent(${services.title} || ' ' || ${services.summary})) @@ plainto_tsquery('italian', immutable_unaccent(${q}))
        or word_similarity(immutable_unaccent(lower(${q})), immutable_unaccent(lower(${services.title} || ' ' || ${services.summary}))) > 0.45)`,
    );
  return tx
    .select({
      slug: services.slug,
      title: services.title,
      summary: services.summary,
      status: services.status,
    })
    .from(services)
    .where(and(...conditions))
    .orderBy(asc(services.title));
}

export async function getService(tx: Tx, tenantId: string, slug: string) {
  const [row] = await tx
    .select({
      service: services,
      categoryName: serviceCategories.name,
      categorySlug: serviceCategories.slug,
      officeName: offices.name,
      officeSlug: offices.slug,
      officeAddress: offices.address,
      officePhone: offices.phone,
      officeEmail: offices.email,
    })
    .from(services)
    .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
    .leftJoin(offices, eq(offices.id, services.officeId))
    .where(and(eq(services.tenantId, tenantId), eq(services.slug, slug)))
    .limit(1);
  return row ?? null;
}

export const ADMIN_PAGE_SIZE = 20;
export const ADMIN_SORTS = ['title', 'category', 'status', 'updatedAt'] as const;
export type AdminSort = (typeof ADMIN_SORTS)[number];

export interface AdminFilter {
  q?: string | undefined;
  category?: string | undefined;
  status?: string | undefined;
  /** A column of ADMIN_SORTS, "-" first for descending; by title otherwise. */
  sort?: string | undefined;
}

/** The back-office list: filtered by text (title, summary), category slug and status; sorted; paged. */
export async function listServicesAdmin(
  tx: Tx,
  tenantId: string,
  filter: AdminFilter,
  page: number,
  pageSize = ADMIN_PAGE_SIZE,
) {
  const conditions: SQL[] = [eq(services.tenantId, tenantId)];
  const q = filter.q?.trim();
  if (q)
    conditions.push(
      sql`immutable_unaccent(lower(${services.title} || ' ' || ${services.summary})) like '%' || immutable_unaccent(lower(${q})) || '%'`,
    );
  if (filter.category) conditions.push(eq(serviceCategories.slug, filter.category));
  if (filter.status) conditions.push(eq(services.status, filter.status));
  const descending = filter.sort?.startsWith('-') ?? false;
  const column = (filter.sort ?? '').replace(/^-/, '') as AdminSort;
  const columns = {
    title: services.title,
    category: serviceCategories.sortOrder,
    status: services.status,
    updatedAt: services.updatedAt,
  };
  const order = ADMIN_SORTS.includes(column)
    ? [descending ? desc(columns[column]) : asc(columns[column]), asc(services.title), asc(services.id)]
    : [asc(services.title), asc(services.id)];
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    tx
      .select({
        id: services.id,
        slug: services.slug,
        title: services.title,
        status: services.status,
        updatedAt: services.updatedAt,
        category: serviceCategories.name,
        office: offices.name,
      })
      .from(services)
      .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
      .leftJoin(offices, eq(offices.id, services.officeId))
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx
      .select({ n: count() })
      .from(services)
      .innerJoin(serviceCategories, eq(serviceCategories.id, services.categoryId))
      .where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0), page, pageSize };
}

export async function getServiceById(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(services)
    .where(and(eq(services.tenantId, tenantId), eq(services.id, id)))
    .limit(1);
  return row ?? null;
}

export async function getServiceBySlug(tx: Tx, tenantId: string, slug: string) {
  const [row] = await tx
    .select()
    .from(services)
    .where(and(eq(services.tenantId, tenantId), eq(services.slug, slug)))
    .limit(1);
  return row ?? null;
}
