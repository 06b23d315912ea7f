import type { components } from '@web/api/schema';

export type Training = components['schemas']['TrainingDto'];
export type NewTraining = components['schemas']['TrainingInputDto'];
export type CourseType = Training['courseType'];
export type CommunitySocialWorker = components['schemas']['CommunitySocialWorkerDto'];
export type NewCommunitySocialWorker = components['schemas']['CommunitySocialWorkerInputDto'];
export type TrainingImportResult = components['schemas']['RecordImportResultDto'];

/** The training list's filters (region subtree, course type, dates) and page. */
export interface TrainingFilters {
  regionCode?: string;
  courseType?: CourseType;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface SocialWorkerFilters {
  regionCode?: string;
  includeEnded: boolean;
  page: number;
  pageSize: number;
}
