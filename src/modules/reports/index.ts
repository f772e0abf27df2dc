import type { CampanileModule } from '../../platform/module.js';
import {
  registerPersonalDataEraser,
  registerPersonalDataExporter,
  registerRetentionKind,
} from '../privacy/index.js';
import { reportsMessages } from './messages.js';
import { reportsPermissions } from './policy.js';
import { closedReportContactsRetention, eraseReports, exportReports } from './privacy.js';

export { type ChangeStatusInput, changeReportStatus } from './commands/change-status.js';
export { DUPLICATE_RADIUS_M, type DuplicateCandidate, findDuplicates } from './commands/find-duplicates.js';
export { type Follower, followReport } from './commands/follow-report.js';
export { type MergeReportInput, mergeReport } from './commands/merge-report.js';
export { DEFAULT_STATUSES, ensureStatuses } from './commands/shared.js';
export {
  type SubmitReportInput,
  type SubmitResult,
  type Submitter,
  submitReport,
} from './commands/submit-report.js';
export { seedReportsDemo } from './demo.js';
export { type ExtraQuestion, ExtraQuestionsSchema, haversineMetres, isValidQuestions } from './model.js';
export { REPORTS_CONFIGURE, REPORTS_MANAGE } from './policy.js';
export {
  listReportsInViewport,
  type MapReport,
  type Viewport,
  type ViewportFilter,
} from './queries.js';
export {
  REPORT_CHANNELS,
  REPORT_PRIORITIES,
  REPORT_TYPES,
  type ReportCategoryRow,
  type ReportChannel,
  type ReportRow,
  type ReportStatusRow,
  type ReportType,
  reportCategories,
  reportFollowers,
  reportPhotos,
  reportStatuses,
  reports,
  reportUpdates,
} from './schema.js';
export {
  type CountRow,
  type Durations,
  type OverdueCounts,
  overdueCounts,
  type ReportCounts,
  type ResponseTimes,
  reportCounts,
  responseTimes,
  type StatsRange,
} from './statistics.js';

registerPersonalDataExporter('reports', exportReports);
registerPersonalDataEraser('reports', eraseReports);
registerRetentionKind(closedReportContactsRetention);

/**
 * Segnalazioni, suggerimenti e reclami (issue 5). This step is the domain core: the model, intake with
 * idempotency and territory checks, duplicates nearby, followers, status changes, statistics, demo data
 * and the privacy hooks. The citizen flow, back office, public map and Open311 build on it.
 */
export const reportsModule: CampanileModule = {
  name: 'reports',
  messages: reportsMessages,
  permissions: reportsPermissions,
};
