import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, type JobPayloads } from '@yiyang/core';
import { BedImportService } from './bed-import.service';

/** The imports queue's handler for bed files: thin, it calls BedImportService. */
@Injectable()
export class BedsJobs {
  constructor(private readonly imports: BedImportService) {}

  @JobHandler(JobName.BedsImport)
  importFile({ importId }: JobPayloads[JobName.BedsImport]): Promise<{ status: string }> {
    return this.imports.runImportJob(importId);
  }
}
