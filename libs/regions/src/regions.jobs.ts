import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, type JobPayloads } from '@yiyang/core';
import { RegionsService } from './regions.service';

/** The imports queue's handler for region and population files: thin, it calls RegionsService. */
@Injectable()
export class RegionsJobs {
  constructor(private readonly regions: RegionsService) {}

  @JobHandler(JobName.RegionsImport)
  importFile({ importId }: JobPayloads[JobName.RegionsImport]): Promise<{ status: string }> {
    return this.regions.runImportJob(importId);
  }
}
