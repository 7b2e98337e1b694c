import type { AuditEntry } from '../../src/api';
import { db } from '../db/store';
import type { AuditFields } from './auditEntries';
import { nextSequentialId } from './ids';

/** The only way anything reaches the audit log: appended, never saved over or removed. */
export const appendAudit = (fields: AuditFields): AuditEntry =>
  db.auditLog.insert({ id: nextSequentialId(db.auditLog.all(), 'audit-', 6), ...fields });
