import { auditEvent } from './audit-event';

/** Who signed in (the entry's actor is the account itself). */
export const UserSignedIn = auditEvent<null, null>('user', 'login');
/** A refused sign-in: the account if the username named one (never the password). */
export const SignInRefused = auditEvent<null, null>('user', 'login_failed');
export const UserCreated = auditEvent<null, object>('user', 'create');
export const UserUpdated = auditEvent<object, object>('user', 'update');
/** An administrator read the audit log: the filter used. */
export const AuditLogRead = auditEvent<null, object>('audit_log', 'read');
export const AuditLogExported = auditEvent<null, object>('audit_log', 'export');
