/** Dates and numbers for the privacy pages: the platform's cached formatters, under this module's names. */
export { formatDateTime, formatLongDate as formatDate, isoDay } from '../../../platform/i18n/format.js';
