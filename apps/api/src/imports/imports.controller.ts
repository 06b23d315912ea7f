import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, type AuthUser } from '@yiyang/auth';
import { ImportJobDto, ImportJobsService, mapImportJob, NotFoundError, uuidParam } from '@yiyang/core';

@ApiTags('imports 导入')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(private readonly importJobs: ImportJobsService) {}

  @Get(':id')
  @ApiOperation({
    summary: '导入任务状态 · Status of an import job',
    description:
      'An upload past IMPORT_JOB_THRESHOLD_ROWS answers 202 with this resource; poll it until `completed` (with the result a synchronous import gives) or `failed` (nothing written; the first 1,000 problems and their count). Only the uploader and administrators see it.',
  })
  @ApiOkResponse({ type: ImportJobDto })
  @ApiNotFoundResponse({ description: 'No such import, or another user\'s' })
  async get(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: AuthUser): Promise<ImportJobDto> {
    const job = await this.importJobs.find(id);
    if (!job || (job.requestedBy !== user.id && user.role !== Role.Admin)) throw new NotFoundError('Import', id);
    return mapImportJob(job);
  }
}
