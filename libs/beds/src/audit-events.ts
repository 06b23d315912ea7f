import { auditEvent } from '@yiyang/auth';
import type { NewBed, OutOfServicePeriod } from './beds.repository';
import type { OutOfServiceDto, RebuildBedDto } from './dto/bed.dto';

/** Several beds created or imported at once: how many, their codes and, for an import, the file. */
interface BedBatch {
  facilityId: string;
  beds: number;
  codes: string[];
  roomsCreated: number;
  file?: string;
  sha256?: string;
}

/** One bed created on its own: the bed as given; several at once: the batch. */
export const BedsCreated = auditEvent<null, (NewBed & { facilityId: string }) | BedBatch>('bed', 'create');
export const BedsImported = auditEvent<null, BedBatch>('bed', 'import');
/** A classification change from a date: the version in force then, and the one that follows from the date. */
export const BedReclassified = auditEvent<Record<string, unknown>, Record<string, unknown>>('bed', 'reclassify');
/** The bed closed from a date: the classification and out-of-service periods from then on went. */
export const BedClosed = auditEvent<{ closedOn: null; droppedClassifications: object[]; droppedOutOfService: object[] }, { closedOn: string; reason?: string }>('bed', 'close');
/** 改建 A rebuild in place recorded: the same bed, back in service as rebuilt on `commissionedOn`. */
export const BedRebuilt = auditEvent<null, RebuildBedDto>('bed', 'rebuild');
export const BedOutOfService = auditEvent<null, OutOfServiceDto>('bed', 'out_of_service');
/** Back in service on a day: the period that ended then (or, starting that day, was withdrawn). */
export const BedBackInService = auditEvent<{ outOfService: OutOfServicePeriod }, { on: string }>('bed', 'back_in_service');
