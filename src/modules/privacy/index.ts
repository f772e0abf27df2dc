import type { CampanileModule } from '../../platform/module.js';
import './builtins.js';
import { BO_PRIVACY_PATH } from './http/paths.js';
import { registerPrivacyRoutes } from './http/routes.js';
import { purgeJob, purgeSchedule } from './jobs/purge.js';
import { privacyMessages } from './messages.js';
import { PRIVACY_MANAGE, privacyPermissions } from './policy.js';

export { type ErasureOutcome, processErasure } from './commands/process-erasure.js';
export { type PurgeReport, purgeExpiredData, purgeTenantData } from './commands/purge-expired-data.js';
export {
  AREA_PATH as PERSONAL_AREA_PATH,
  NOTICE_PATH as PRIVACY_NOTICE_PATH,
} from './http/paths.js';
export {
  PersonalAreaFrame,
  type PersonalAreaSection,
  registerPersonalAreaSection,
} from './http/personal-area.js';
export { PURGE_JOB } from './jobs/purge.js';
export { PRIVACY_MANAGE } from './policy.js';
export {
  type ConsentPurpose,
  type PersonalDataEraser,
  type PersonalDataExporter,
  type RetentionKind,
  registerConsentPurpose,
  registerPersonalDataEraser,
  registerPersonalDataExporter,
  registerRetentionKind,
} from './registries.js';
export { consents, erasureRequests, privacyNotices, retentionPolicies } from './schema.js';

/**
 * GDPR basics: the versioned privacy notice, consents, the citizen's personal area (profile, data
 * export, erasure request), erasure handling and retention with a nightly purge.
 */
export const privacyModule: CampanileModule = {
  name: 'privacy',
  messages: privacyMessages,
  permissions: privacyPermissions,
  routes: (app, ctx) => registerPrivacyRoutes(app, ctx),
  jobs: (ctx) => [purgeJob(ctx)],
  schedules: [purgeSchedule],
  backofficeNav: [
    {
      href: BO_PRIVACY_PATH,
      label: 'privacy.nav.privacy',
      icon: 'it-locked',
      permission: PRIVACY_MANAGE,
      order: 850,
    },
  ],
};
