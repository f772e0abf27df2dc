import type { Logger } from 'pino';
import type { Env } from '../config/env.js';
import type { Database } from './db/client.js';
import type { Jobs } from './jobs/jobs.js';
import type { Storage } from './storage/storage.js';

/** What the composition root hands to every module: configuration and shared infrastructure. */
export interface AppContext {
  env: Env;
  database: Database;
  log: Logger;
  jobs: Jobs;
  storage: Storage;
  /** Secret for cookies and tokens (from SESSION_SECRET; see config/secret.ts for development). */
  secret: string;
}
