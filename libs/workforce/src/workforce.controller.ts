import { Body, Controller, Get, Header, Param, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Action, Create, ImportList, Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, mapPage, RecordImportResultDto, type UploadedFile as TabularFile, uuidParam } from '@yiyang/core';
import { CommunitySocialWorkersService } from './community-social-workers.service';
import {
  CommunitySocialWorkerDto,
  CommunitySocialWorkerInputDto,
  CommunitySocialWorkerPageDto,
  CommunitySocialWorkerQuery,
  EndServiceDto,
  mapCommunitySocialWorker,
} from './dto/community-social-worker.dto';
import { TRAINING_IMPORT, TRAINING_IMPORT_TEMPLATE, TrainingDto, TrainingInputDto, TrainingPageDto, TrainingQuery } from './dto/training.dto';
import { TrainingsService } from './trainings.service';

const OFFICIALS = [Role.Admin, Role.CivilAffairs] as const;

@ApiTags('workforce 培训与社工')
@ApiBearerAuth()
@Controller('trainings')
export class TrainingsController {
  constructor(private readonly trainings: TrainingsService) {}

  @ApiErrors(409)
  @Create('', TrainingDto, {
    roles: OFFICIALS,
    summary: '登记培训记录 · Record a training',
    description: 'One trainee on one course day: 养老护理员, 养老机构管理人员 or 家庭照护者, in a township or village of the caller\'s region. The ID number is encrypted and returned masked.',
  })
  create(@Body() body: TrainingInputDto, @Scope() scope: AccessScope): Promise<TrainingDto> {
    return this.trainings.create(body, scope);
  }

  @ApiErrors(409)
  @ImportList('import', TRAINING_IMPORT, {
    roles: OFFICIALS,
    summary: '导入培训签到表 · Import an attendance list (CSV or XLSX)',
    description: 'One trainee a row, in townships or villages of the caller\'s region; Chinese headers (培训类别, 姓名, 身份证号, 培训日期, 学时…) and words (养老护理员, 家庭照护者, 是/否) are read too. The template is GET /api/v1/trainings/import-template.csv.',
  })
  import(@UploadedFile() file: TabularFile | undefined, @Scope() scope: AccessScope): Promise<RecordImportResultDto> {
    return this.trainings.import(file, scope);
  }

  @Get('import-template.csv')
  @Roles(...OFFICIALS)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="trainings-template.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: '培训签到表模板 · Template of an attendance list', description: 'CSV (UTF-8 with BOM, so Excel reads the Chinese): the columns and two example rows.' })
  @ApiOkResponse({ description: 'CSV', schema: { type: 'string' } })
  importTemplate(): string {
    return TRAINING_IMPORT_TEMPLATE;
  }

  @Read('', TrainingPageDto, { roles: OFFICIALS, summary: '培训记录 · Training records', description: 'Newest first; by region, course type, dates, a whole ID number or a staff member.' })
  list(@Query() query: TrainingQuery, @Scope() scope: AccessScope): Promise<TrainingPageDto> {
    return this.trainings.list(query, scope);
  }
}

@ApiTags('workforce 培训与社工')
@ApiBearerAuth()
@Controller('community-social-workers')
export class CommunitySocialWorkersController {
  constructor(private readonly workers: CommunitySocialWorkersService) {}

  @ApiErrors(409)
  @Create('', CommunitySocialWorkerDto, {
    roles: OFFICIALS,
    summary: '登记社区社会工作者 · Register a community social worker',
    description: 'A social worker serving older people in the community (社工站 and the like), not employed by a care facility.',
  })
  create(@Body() body: CommunitySocialWorkerInputDto, @Scope() scope: AccessScope): Promise<CommunitySocialWorkerDto> {
    return this.workers.create(body, scope);
  }

  @Read('', CommunitySocialWorkerPageDto, { roles: OFFICIALS, summary: '社区社会工作者 · Community social workers', description: 'Serving now (or on `activeOn`), or all with includeEnded.' })
  async list(@Query() query: CommunitySocialWorkerQuery, @Scope() scope: AccessScope): Promise<CommunitySocialWorkerPageDto> {
    return mapPage(await this.workers.list(query, scope), mapCommunitySocialWorker);
  }

  @ApiErrors(409, 422)
  @Action(':id/end', CommunitySocialWorkerDto, { roles: OFFICIALS, summary: '结束服务 · A community social worker stops serving', description: 'From `on` the worker no longer counts.' })
  end(@Param('id', uuidParam('id')) id: string, @Body() body: EndServiceDto, @Scope() scope: AccessScope): Promise<CommunitySocialWorkerDto> {
    return this.workers.end(id, body.on, scope);
  }
}
