import { auditEvent } from '@yiyang/auth';
import type { CommunitySocialWorkerDto } from './dto/community-social-worker.dto';
import type { TrainingInputDto } from './dto/training.dto';

/** A training recorded; the trainee's ID number is kept masked, never whole. */
export const TrainingRecorded = auditEvent<null, Omit<TrainingInputDto, 'idNumber'> & { idNumber: string }>('training_record', 'create');
/** An attendance list imported: how many records, of which file. */
export const TrainingsImported = auditEvent<null, { file: string; records: number }>('training_record', 'import');
export const CommunitySocialWorkerAdded = auditEvent<null, CommunitySocialWorkerDto>('community_social_worker', 'create');
export const CommunitySocialWorkerEnded = auditEvent<CommunitySocialWorkerDto, CommunitySocialWorkerDto>('community_social_worker', 'end');
