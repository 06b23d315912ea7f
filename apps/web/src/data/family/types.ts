import type { components } from '@web/api/schema';

export type Relative = components['schemas']['ResidentDto'];
export type Slot = components['schemas']['SlotDto'];
export type Quote = components['schemas']['QuoteDto'];
export type FamilyOrder = components['schemas']['OrderDto'];
export type Incident = components['schemas']['IncidentDto'];
export type Visit = components['schemas']['VisitDto'];
export type Assessment = components['schemas']['AssessmentDto'];
