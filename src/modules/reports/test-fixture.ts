// A small Comune for the reports tests: one square area (7.60–7.70 E, 44.80–44.90 N), a staff member,
// a citizen, two categories (one with a required question and a 48-hour SLA) and the default statuses.

import { randomUUID } from 'node:crypto';
import { createTestTenant, testDatabase } from '../../../test/helpers/context.js';
import type { AuditActor } from '../../platform/audit/audit.js';
import { type Database, withTenant } from '../../platform/db/client.js';
import { citizens, staffUsers } from '../identity/schema.js';
import { areas } from '../tenancy/schema.js';
import { ensureStatuses } from './commands/shared.js';
import { type ReportStatusRow, reportCategories } from './schema.js';

export interface ReportsFixture {
  database: Database;
  tenantId: string;
  areaId: string;
  staff: AuditActor & { id: string };
  citizenId: string;
  citizenEmail: string;
  roads: string;
  lighting: string;
  status: (slug: string) => ReportStatusRow;
}

/** Metres → degrees of latitude (for placing points at a known distance due north). */
export const metresNorth = (m: number): number => m / 111_195;

export const CENTRE: [number, number] = [7.65, 44.85];

export async function reportsFixture(): Promise<ReportsFixture> {
  const database = await testDatabase();
  const tenant = await createTestTenant(database, 'Comune di Segnalandia');
  const citizenEmail = `cittadino-${randomUUID().slice(0, 8)}@example.test`;
  return withTenant(database, tenant.id, async (tx) => {
    const [area] = await tx
      .insert(areas)
      .values({
        tenantId: tenant.id,
        slug: 'capoluogo',
        name: 'Capoluogo',
        kind: 'quartiere',
        boundary: [
          [7.6, 44.8],
          [7.7, 44.8],
          [7.7, 44.9],
          [7.6, 44.9],
        ],
      })
      .returning({ id: areas.id });
    const [staff] = await tx
      .insert(staffUsers)
      .values({
        tenantId: tenant.id,
        email: `urp-${randomUUID().slice(0, 8)}@comune.test`,
        fullName: 'Anna URP',
        roles: ['urp_operator'],
      })
      .returning({ id: staffUsers.id });
    const [citizen] = await tx
      .insert(citizens)
      .values({
        tenantId: tenant.id,
        fiscalCode: randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase(),
        givenName: 'Mario',
        familyName: 'Verdi',
        email: citizenEmail,
      })
      .returning({ id: citizens.id });
    const [roads, lighting] = await tx
      .insert(reportCategories)
      .values([
        {
          tenantId: tenant.id,
          slug: 'strade',
          name: 'Strade e marciapiedi',
          serviceCode: 'strade',
          slaHours: 48,
          questions: [
            {
              code: 'dove',
              label: 'Dove?',
              datatype: 'singlevaluelist',
              required: true,
              values: [
                { key: 'carreggiata', name: 'Carreggiata' },
                { key: 'marciapiede', name: 'Marciapiede' },
              ],
            },
          ],
        },
        { tenantId: tenant.id, slug: 'luce', name: 'Illuminazione pubblica', serviceCode: 'luce' },
      ])
      .returning({ id: reportCategories.id });
    const statuses = await ensureStatuses(tx, tenant.id);
    if (!area || !staff || !citizen || !roads || !lighting) throw new Error('fixture incomplete');
    return {
      database,
      tenantId: tenant.id,
      areaId: area.id,
      staff: { id: staff.id, kind: 'staff', name: 'Anna URP', ip: '127.0.0.1', requestId: null },
      citizenId: citizen.id,
      citizenEmail,
      roads: roads.id,
      lighting: lighting.id,
      status: (slug) => {
        const s = statuses.find((x) => x.slug === slug);
        if (!s) throw new Error(`no status ${slug}`);
        return s;
      },
    };
  });
}
