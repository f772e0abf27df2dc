import { and, eq, inArray, isNotNull, lt } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/schema.js';
import { outbox } from '../../platform/outbox/schema.js';
import { sessions } from '../identity/index.js';
import { registerConsentPurpose, registerRetentionKind } from './registries.js';
import { erasureRequests } from './schema.js';

/** The optional purposes every Comune has from day one; other modules add theirs. */
registerConsentPurpose({
  key: 'newsletter',
  label: 'privacy.purposes.newsletter.label',
  description: 'privacy.purposes.newsletter.description',
});
registerConsentPurpose({
  key: 'satisfaction_surveys',
  label: 'privacy.purposes.satisfaction_surveys.label',
  description: 'privacy.purposes.satisfaction_surveys.description',
});

/** Sessions are kept a while after they expire (security investigations), then deleted. */
registerRetentionKind({
  key: 'sessions_expired',
  label: 'privacy.retention.kinds.sessions_expired.label',
  description: 'privacy.retention.kinds.sessions_expired.description',
  defaultDays: 30,
  minDays: 1,
  maxDays: 3650,
  purge: async (tx, tenantId, cutoff) => {
    const rows = await tx
      .delete(sessions)
      .where(and(eq(sessions.tenantId, tenantId), lt(sessions.expiresAt, cutoff)))
      .returning({ id: sessions.id });
    return rows.length;
  },
});

registerRetentionKind({
  key: 'audit_log',
  label: 'privacy.retention.kinds.audit_log.label',
  description: 'privacy.retention.kinds.audit_log.description',
  defaultDays: 3650,
  // Accountability: the record of staff actions is never shorter than a year.
  minDays: 365,
  maxDays: 36500,
  purge: async (tx, tenantId, cutoff) => {
    const rows = await tx
      .delete(auditLog)
      .where(and(eq(auditLog.tenantId, tenantId), lt(auditLog.at, cutoff)))
      .returning({ id: auditLog.id });
    return rows.length;
  },
});

registerRetentionKind({
  key: 'outbox_dispatched',
  label: 'privacy.retention.kinds.outbox_dispatched.label',
  description: 'privacy.retention.kinds.outbox_dispatched.description',
  defaultDays: 30,
  minDays: 1,
  maxDays: 3650,
  purge: async (tx, tenantId, cutoff) => {
    const rows = await tx
      .delete(outbox)
      .where(
        and(eq(outbox.tenantId, tenantId), isNotNull(outbox.dispatchedAt), lt(outbox.dispatchedAt, cutoff)),
      )
      .returning({ id: outbox.id });
    return rows.length;
  },
});

registerRetentionKind({
  key: 'erasure_requests_completed',
  label: 'privacy.retention.kinds.erasure_requests_completed.label',
  description: 'privacy.retention.kinds.erasure_requests_completed.description',
  defaultDays: 3650,
  minDays: 365,
  maxDays: 36500,
  purge: async (tx, tenantId, cutoff) => {
    const rows = await tx
      .delete(erasureRequests)
      .where(
        and(
          eq(erasureRequests.tenantId, tenantId),
          inArray(erasureRequests.status, ['completed', 'rejected']),
          lt(erasureRequests.processedAt, cutoff),
        ),
      )
      .returning({ id: erasureRequests.id });
    return rows.length;
  },
});
