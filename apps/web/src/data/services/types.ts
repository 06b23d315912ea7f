import type { components } from '@web/api/schema';

export type ServiceType = components['schemas']['ServiceTypeDto'];
export type Schedule = components['schemas']['FacilitySlotsDto'];
export type ScheduledSlot = components['schemas']['FacilitySlotDto'];
export type SlotBooking = components['schemas']['SlotBookingDto'];
export type OrderStatus = SlotBooking['status'];
export type CreateSlotInput = components['schemas']['CreateSlotDto'];
export type CreateSeriesInput = components['schemas']['CreateSeriesDto'];
export type ServiceTypeCode = CreateSlotInput['serviceType'];
