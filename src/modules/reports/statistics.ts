// Figures about segnalazioni for the indicators capability (issue 5 point 6): counts by category,
// status, channel and month; median and 90th percentile of the time to first response and to closure;
// overdue counts. Merged reports are left out everywhere (they are counted once, in their target).

import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows, type Tx, withTenant } from '../../platform/db/client.js';

export interface StatsRange {
  /** Reports created at or after this instant. */
  from?: Date | undefined;
  /** Reports created before this instant. */
  to?: Date | undefined;
}

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

export interface ReportCounts {
  total: number;
  open: number;
  closed: number;
  byCategory: CountRow[];
  byStatus: Array<CountRow & { closed: boolean }>;
  byChannel: CountRow[];
  /** 'YYYY-MM' in the Europe/Rome calendar, ascending, months without reports left out. */
  byMonth: CountRow[];
}

function rangeSql(tenantId: string, range: StatsRange): SQL {
  return sql`r.tenant_id = ${tenantId} and r.merged_into_id is null
    ${range.from ? sql`and r.created_at >= ${range.from.toISOString()}::timestamptz` : sql``}
    ${range.to ? sql`and r.created_at < ${range.to.toISOString()}::timestamptz` : sql``}`;
}

async function counted(tx: Tx, query: SQL): Promise<CountRow[]> {
  const rows = await queryRows<{ key: string; label: string; n: number | string }>(tx, query);
  return rows.map((r) => ({ key: r.key, label: r.label, count: Number(r.n) }));
}

/** How many reports, split by category, status, channel and month of submission. */
export async function reportCounts(
  database: Database,
  tenantId: string,
  range: StatsRange = {},
): Promise<ReportCounts> {
  const where = rangeSql(tenantId, range);
  return withTenant(database, tenantId, async (tx) => {
    const byCategory = await counted(
      tx,
      sql`select c.slug as key, c.name as label, count(*) as n from report r
            join report_category c on c.id = r.category_id
           where ${where} group by c.slug, c.name order by n desc, c.name`,
    );
    const statusRows = await queryRows<{ key: string; label: string; closed: boolean; n: number | string }>(
      tx,
      sql`select s.slug as key, s.name as label, s.closed, count(*) as n from report r
            join report_status s on s.id = r.status_id
           where ${where} group by s.slug, s.name, s.closed, s.sort order by s.sort, s.name`,
    );
    const byChannel = await counted(
      tx,
      sql`select r.channel as key, r.channel as label, count(*) as n from report r
           where ${where} group by r.channel order by n desc, r.channel`,
    );
    const byMonth = await counted(
      tx,
      sql`select to_char(r.created_at at time zone 'Europe/Rome', 'YYYY-MM') as key,
                 to_char(r.created_at at time zone 'Europe/Rome', 'YYYY-MM') as label, count(*) as n
            from report r where ${where} group by 1, 2 order by 1`,
    );
    const byStatus = statusRows.map((r) => ({
      key: r.key,
      label: r.label,
      closed: r.closed === true,
      count: Number(r.n),
    }));
    const total = byStatus.reduce((sum, r) => sum + r.count, 0);
    const closed = byStatus.filter((r) => r.closed).reduce((sum, r) => sum + r.count, 0);
    return { total, open: total - closed, closed, byCategory, byStatus, byChannel, byMonth };
  });
}

export interface Durations {
  /** Reports the figure is computed over (those that had a first response, or were closed). */
  count: number;
  /** Hours, continuous percentiles (percentile_cont); null without reports. */
  median: number | null;
  p90: number | null;
}

export interface ResponseTimes {
  firstResponse: Durations;
  closure: Durations;
}

/** Median and 90th percentile of hours from submission to first public response and to closure. */
export async function responseTimes(
  database: Database,
  tenantId: string,
  range: StatsRange = {},
): Promise<ResponseTimes> {
  const where = rangeSql(tenantId, range);
  return withTenant(database, tenantId, async (tx) => {
    const [row] = await queryRows<Record<string, number | string | null>>(
      tx,
      sql`select
            count(r.first_response_at) as fr_n,
            percentile_cont(0.5) within group (order by extract(epoch from r.first_response_at - r.created_at) / 3600) as fr_median,
            percentile_cont(0.9) within group (order by extract(epoch from r.first_response_at - r.created_at) / 3600) as fr_p90,
            count(r.closed_at) filter (where not r.open) as cl_n,
            percentile_cont(0.5) within group (order by extract(epoch from r.closed_at - r.created_at) / 3600)
              filter (where not r.open) as cl_median,
            percentile_cont(0.9) within group (order by extract(epoch from r.closed_at - r.created_at) / 3600)
              filter (where not r.open) as cl_p90
          from report r where ${where}`,
    );
    const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));
    return {
      firstResponse: { count: Number(row?.fr_n ?? 0), median: num(row?.fr_median), p90: num(row?.fr_p90) },
      closure: { count: Number(row?.cl_n ?? 0), median: num(row?.cl_median), p90: num(row?.cl_p90) },
    };
  });
}

export interface OverdueCounts {
  /** Open reports past their due date at `now`. */
  openOverdue: number;
  /** Open reports with a due date still ahead. */
  openOnTime: number;
  /** Closed reports closed after their due date. */
  closedLate: number;
  /** Closed reports closed by their due date. */
  closedOnTime: number;
  /** Open overdue reports per category. */
  byCategory: CountRow[];
}

/** Reports against their SLA (reports of categories without a target are not counted). */
export async function overdueCounts(
  database: Database,
  tenantId: string,
  now: Date = new Date(),
  range: StatsRange = {},
): Promise<OverdueCounts> {
  const where = rangeSql(tenantId, range);
  const at = now.toISOString();
  return withTenant(database, tenantId, async (tx) => {
    const [row] = await queryRows<Record<string, number | string>>(
      tx,
      sql`select
            count(*) filter (where r.open and r.due_at < ${at}::timestamptz) as open_overdue,
            count(*) filter (where r.open and r.due_at >= ${at}::timestamptz) as open_on_time,
            count(*) filter (where not r.open and r.closed_at > r.due_at) as closed_late,
            count(*) filter (where not r.open and r.closed_at <= r.due_at) as closed_on_time
          from report r where ${where} and r.due_at is not null`,
    );
    const byCategory = await counted(
      tx,
      sql`select c.slug as key, c.name as label, count(*) as n from report r
            join report_category c on c.id = r.category_id
           where ${where} and r.open and r.due_at < ${at}::timestamptz
           group by c.slug, c.name order by n desc, c.name`,
    );
    return {
      openOverdue: Number(row?.open_overdue ?? 0),
      openOnTime: Number(row?.open_on_time ?? 0),
      closedLate: Number(row?.closed_late ?? 0),
      closedOnTime: Number(row?.closed_on_time ?? 0),
      byCategory,
    };
  });
}
