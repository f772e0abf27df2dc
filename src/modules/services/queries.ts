import { and, asc, eq, sql } from 'drizzle-orm';
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
