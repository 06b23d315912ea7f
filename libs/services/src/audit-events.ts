import { auditEvent } from '@yiyang/auth';
import type { OrderStatus } from './domain/service-types';
import type { CreateSeriesDto, CreateSlotDto } from './slots/slot.dto';
import type { HomeModificationInputDto } from './modifications/modification.dto';
import type { SubsidyRuleInputDto } from './subsidies/subsidy.dto';
import type { SmartTerminalInputDto } from './terminals/terminal.dto';
import type { VisitInputDto, VisitPlanInputDto } from './visits/visit.dto';

/** An order's state before and after a step of its life (booked → checked in → completed, or cancelled / no-show). */
type OrderState = { status: OrderStatus };

export const SlotCreated = auditEvent<null, CreateSlotDto>('service_slot', 'create');
export const SlotSeriesCreated = auditEvent<null, CreateSeriesDto & { slots: number }>('slot_series', 'create');
/** A slot cancelled with its bookings. */
export const SlotCancelled = auditEvent<{ status: string }, { status: 'cancelled'; reason: string; ordersCancelled: number }>('service_slot', 'cancel');

export const OrderBooked = auditEvent<null, { slotId: string; residentId: string; subsidyCents: number; selfPayCents: number }>('service_order', 'book');
export const OrderCancelled = auditEvent<OrderState, OrderState>('service_order', 'cancel');
export const OrderCheckedIn = auditEvent<OrderState, OrderState>('service_order', 'check_in');
export const OrderCompleted = auditEvent<OrderState, OrderState & { outcome?: string }>('service_order', 'complete');
export const OrderMarkedNoShow = auditEvent<OrderState, OrderState>('service_order', 'no_show');
/** A completed service rated by whoever acts for the person: there was no rating before. */
export const OrderRated = auditEvent<{ rating: null }, { rating: number; comment?: string }>('service_order', 'rate');

export const SubsidyRuleCreated = auditEvent<null, SubsidyRuleInputDto>('subsidy_rule', 'create');

/** Who visits a person and how often: stored against the person (entity `resident`). */
export const VisitPlanSet = auditEvent<{ frequency: string; facilityId: string | null } | null, VisitPlanInputDto>('resident', 'set_visit_plan');
/**
 * A visit recorded for a person (探访). Stored as action `visit` on entity `resident`, as the audit log has always
 * kept it: the entry is about the person visited, the visit row itself carries the details.
 */
export const ResidentVisited = auditEvent<null, Pick<VisitInputDto, 'mode' | 'outcome'>>('resident', 'visit');

export const HomeModificationRecorded = auditEvent<null, HomeModificationInputDto>('home_modification', 'create');
export const HomeModificationCompleted = auditEvent<{ completedOn: null }, { completedOn: string }>('home_modification', 'complete');
export const HomeModificationsImported = auditEvent<null, { rows: number; file: string }>('home_modification', 'import');
export const SmartTerminalInstalled = auditEvent<null, SmartTerminalInputDto>('smart_terminal', 'create');
export const SmartTerminalRemoved = auditEvent<{ removedOn: null }, { removedOn: string; reason: string | null }>('smart_terminal', 'remove');
export const SmartTerminalsImported = auditEvent<null, { rows: number; file: string }>('smart_terminal', 'import');
