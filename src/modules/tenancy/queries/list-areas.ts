import { asc, eq } from 'drizzle-orm';
import { type Database, withTenant } from '../../../platform/db/client.js';
import type { LonLat } from '../../../platform/db/columns.js';
import { areas } from '../schema.js';

export interface AreaSummary {
  id: string;
  slug: string;
  name: string;
  kind: string;
  residents: number;
  boundary: LonLat[];
}

/** The Comune's frazioni and quartieri with their polygons, by name. */
export async function listAreas(database: Database, tenantId: string): Promise<AreaSummary[]> {
  return withTenant(database, tenantId, (tx) =>
    tx
      .select({
        id: areas.id,
        slug: areas.slug,
        name: areas.name,
        kind: areas.kind,
        residents: areas.residents,
        boundary: areas.boundary,
      })
      .from(areas)
      .where(eq(areas.tenantId, tenantId))
      .orderBy(asc(areas.name)),
  );
}
