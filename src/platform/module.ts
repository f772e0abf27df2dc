import type { FastifyInstance } from 'fastify';
import type { ContentSource } from './content/sources.js';
import type { AppContext } from './context.js';
import type { Role } from './http/types.js';
import type { Locale, Messages } from './i18n/index.js';
import type { JobDefinition, ScheduleDefinition } from './jobs/jobs.js';
import type { EventHandler } from './outbox/outbox.js';

export interface BackofficeNavEntry {
  href: string;
  /** i18n key of the label. */
  label: string;
  icon: string;
  /** Shown to whoever holds this permission (null: every staff member). */
  permission: string | null;
  order: number;
}

/**
 * A domain module as the composition root sees it. Everything a module offers the rest of the system
 * goes through this object or its index.ts exports; nothing reaches into its folders.
 */
export interface CampanileModule {
  name: string;
  messages?: Partial<Record<Locale, Messages>>;
  permissions?: Record<string, readonly Role[]>;
  routes?: (app: FastifyInstance, ctx: AppContext) => Promise<void> | void;
  /** Job definitions, built with the application context so handlers reach the database in any process. */
  jobs?: (ctx: AppContext) => JobDefinition[];
  schedules?: ScheduleDefinition[];
  events?: Record<string, EventHandler>;
  backofficeNav?: BackofficeNavEntry[];
  /** Content the portal's site search and topic pages list. */
  contentSources?: ContentSource[];
}
