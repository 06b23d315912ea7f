import { auditEvent } from '@yiyang/auth';

/** The last day of the closed reporting periods changed (null: all open). */
export const ReportingPeriodsClosed = auditEvent<{ closedThrough: string | null }, { closedThrough: string | null }>('reporting_lock', 'update');
