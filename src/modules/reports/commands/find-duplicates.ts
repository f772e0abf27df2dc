// "È già stata segnalata?": open reports of the same category near a point, shown before submitting.

import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows, withTenant } from '../../../platform/db/client.js';
import type { LonLat } from '../../../platform/db/columns.js';
import { boundingBox, EARTH_RADIUS_M } from '../model.js';
import { UUID_PATTERN } from './shared.js';

const UUID = new RegExp(UUID_PATTERN);

/** Same category, still open, within this many metres: a possible duplicate. */
export const DUPLICATE_RADIUS_M = 250;

export interface DuplicateCandidate {
  id: string;
  number: number;
  statusName: string;
  address: string;
  description: string;
  createdAt: Date;
  location: LonLat;
  /** Metres from the point asked about, rounded. */
  distance: number;
}

/** Haversine distance in metres from (lon, lat) to a row's lat/lon columns, as SQL. */
export function distanceSql([lon, lat]: LonLat, alias = 'r'): SQL {
  const r = sql.raw(alias);
  return sql`(2 * ${EARTH_RADIUS_M}::float8 * asin(least(1::float8, sqrt(
      power(sin(radians(${r}.lat - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(${r}.lat)) * power(sin(radians(${r}.lon - ${lon}::float8) / 2), 2)))))`;
}

/**
 * Open reports of `categoryId` within `radius` metres of `point`, newest first (merged ones left out:
 * their target is the one to follow). The bounding box on the lat/lon columns is what the
 * `report_nearby` btree index answers (tenant, category, open, lat range, lon range); the exact
 * haversine distance then runs on those few rows only.
 */
export async function findDuplicates(
  database: Database,
  tenantId: string,
  query: { categoryId: string; point: LonLat; radius?: number; limit?: number },
): Promise<DuplicateCandidate[]> {
  const radius = query.radius ?? DUPLICATE_RADIUS_M;
  // A malformed id or point (from a query string) has no duplicates; it must not reach SQL as one.
  if (!UUID.test(query.categoryId) || !query.point.every(Number.isFinite) || !(radius > 0)) return [];
  const box = boundingBox(query.point, radius);
  const distance = distanceSql(query.point);
  return withTenant(database, tenantId, async (tx) => {
    const rows = await queryRows<{
      id: string;
      number: number;
      status_name: string;
      address: string;
      description: string;
      created_at: Date | string;
      lat: number;
      lon: number;
      distance: number | string;
    }>(
      tx,
      sql`select r.id, r.number, s.name as status_name, r.address, r.description, r.created_at,
                 r.lat, r.lon, ${distance} as distance
            from report r join report_status s on s.id = r.status_id
           where r.tenant_id = ${tenantId} and r.category_id = ${query.categoryId} and r.open = true
             and r.lat between ${box.minLat}::float8 and ${box.maxLat}::float8
             and r.lon between ${box.minLon}::float8 and ${box.maxLon}::float8
             and r.merged_into_id is null
             and ${distance} <= ${radius}::float8
           order by r.created_at desc
           limit ${query.limit ?? 10}`,
    );
    return rows.map((r) => ({
      id: r.id,
      number: Number(r.number),
      statusName: r.status_name,
      address: r.address,
      description: r.description,
      createdAt: new Date(r.created_at),
      location: [Number(r.lon), Number(r.lat)] as LonLat,
      distance: Math.round(Number(r.distance)),
    }));
  });
}
