import { Body, Controller, Param, Patch, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Create, ImportList, Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, AsOfQuery, mapPage, RecordImportResultDto, type UploadedFile as TabularFile, uuidParam } from '@yiyang/core';
import {
  AgreementTermDto,
  CloseMedicalInstitutionDto,
  CreateConsortiumDto,
  CreateMedicalAgreementDto,
  CreateMedicalInstitutionDto,
  DissolveConsortiumDto,
  ListConsortiaQuery,
  ListMedicalInstitutionsQuery,
  UpdateConsortiumDto,
  UpdateMedicalInstitutionDto,
} from './dto/medical.dto';
import {
  ConsortiumDto,
  ConsortiumPageDto,
  mapConsortium,
  mapMedicalAgreement,
  mapMedicalInstitution,
  MedicalAgreementDto,
  MedicalInstitutionDto,
  MedicalInstitutionPageDto,
} from './dto/medical-view.dto';
import { ConsortiaService } from './consortia.service';
import { MedicalAgreementsService } from './medical-agreements.service';
import { MEDICAL_INSTITUTION_IMPORT } from './medical-institution-import';
import { MedicalInstitutionsService } from './medical-institutions.service';

const OFFICIALS = [Role.Admin, Role.CivilAffairs] as const;
const EDITORS = [Role.Admin, Role.CivilAffairs, Role.Operator] as const;

@ApiTags('medical 医养结合')
@ApiBearerAuth()
@Controller('medical-institutions')
export class MedicalInstitutionsController {
  constructor(private readonly institutions: MedicalInstitutionsService) {}

  @Create('', MedicalInstitutionDto, { roles: OFFICIALS, summary: '登记医疗机构 · Register a medical institution', description: 'In a township or village of the caller\'s region.' })
  async create(@Body() body: CreateMedicalInstitutionDto, @Scope() scope: AccessScope): Promise<MedicalInstitutionDto> {
    return mapMedicalInstitution(await this.institutions.create(body, scope));
  }

  @ImportList('import', MEDICAL_INSTITUTION_IMPORT, {
    roles: OFFICIALS,
    summary: '导入医疗机构名单 · Import a list of medical institutions (CSV or XLSX)',
    description: 'Kinds and levels may be written in Chinese (卫生院, 三级甲等). Institutions already registered under the same name and region are skipped.',
  })
  importList(@UploadedFile() file: TabularFile | undefined, @Scope() scope: AccessScope): Promise<RecordImportResultDto> {
    return this.institutions.importList(file, scope);
  }

  @Read('', MedicalInstitutionPageDto, {
    summary: '医疗机构列表 · List medical institutions',
    description: 'Officials see their region\'s; operators those of the counties their facilities stand in.',
  })
  async list(@Query() query: ListMedicalInstitutionsQuery, @Scope() scope: AccessScope): Promise<MedicalInstitutionPageDto> {
    return mapPage(await this.institutions.list(query, scope), mapMedicalInstitution);
  }

  @Read(':id', MedicalInstitutionDto, { summary: '医疗机构详情 · One medical institution' })
  async get(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<MedicalInstitutionDto> {
    return mapMedicalInstitution(await this.institutions.get(id, scope));
  }

  @Patch(':id')
  @Roles(...OFFICIALS)
  @ApiOperation({ summary: '修改医疗机构 · Change a medical institution', description: 'Name, kind, level, region and opening date, at once.' })
  @ApiOkResponse({ type: MedicalInstitutionDto })
  async update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateMedicalInstitutionDto, @Scope() scope: AccessScope): Promise<MedicalInstitutionDto> {
    return mapMedicalInstitution(await this.institutions.update(id, body, scope));
  }

  @ApiErrors(422)
  @Action(':id/close', MedicalInstitutionDto, { roles: OFFICIALS, summary: '医疗机构停业 · Close a medical institution', description: 'From `on` it no longer counts.' })
  async close(@Param('id', uuidParam('id')) id: string, @Body() body: CloseMedicalInstitutionDto, @Scope() scope: AccessScope): Promise<MedicalInstitutionDto> {
    return mapMedicalInstitution(await this.institutions.close(id, body, scope));
  }
}

@ApiTags('medical 医养结合')
@ApiBearerAuth()
@Controller()
export class MedicalAgreementsController {
  constructor(private readonly agreements: MedicalAgreementsService) {}

  @Create('facilities/:id/medical-agreements', MedicalAgreementDto, {
    roles: EDITORS,
    summary: '登记签约合作 · Record a cooperation agreement with a medical institution',
    description: 'The facility\'s officials and operators; the institution must be one the caller can see.',
  })
  async create(@Param('id', uuidParam('id')) id: string, @Body() body: CreateMedicalAgreementDto, @Scope() scope: AccessScope): Promise<MedicalAgreementDto> {
    return mapMedicalAgreement(await this.agreements.create(id, body, scope));
  }

  @Read('facilities/:id/medical-agreements', [MedicalAgreementDto], {
    summary: '机构签约合作 · A facility\'s cooperation agreements',
    description: 'Latest signed first; `inForce` as of `date` (default today).',
  })
  async list(@Param('id', uuidParam('id')) id: string, @Query() query: AsOfQuery, @Scope() scope: AccessScope): Promise<MedicalAgreementDto[]> {
    return (await this.agreements.forFacility(id, scope, query.date)).map(mapMedicalAgreement);
  }

  @Action('medical-agreements/:id/term', MedicalAgreementDto, {
    roles: EDITORS,
    summary: '终止或续签 · End or renew an agreement',
    description: 'Sets the last day in force (inclusive), or null for open-ended.',
  })
  async changeTerm(@Param('id', uuidParam('id')) id: string, @Body() body: AgreementTermDto, @Scope() scope: AccessScope): Promise<MedicalAgreementDto> {
    return mapMedicalAgreement(await this.agreements.changeTerm(id, body, scope));
  }
}

@ApiTags('medical 医养结合')
@ApiBearerAuth()
@Controller('kangyang-consortia')
export class ConsortiaController {
  constructor(private readonly consortia: ConsortiaService) {}

  @Create('', ConsortiumDto, { roles: OFFICIALS, summary: '登记康养联合体 · Register a health-and-care consortium', description: 'With its member facilities and medical institutions.' })
  async create(@Body() body: CreateConsortiumDto, @Scope() scope: AccessScope): Promise<ConsortiumDto> {
    return mapConsortium(await this.consortia.create(body, scope));
  }

  @Read('', ConsortiumPageDto, { summary: '康养联合体列表 · List consortia', description: 'Officials see their region\'s; operators those their facilities belong to.' })
  async list(@Query() query: ListConsortiaQuery, @Scope() scope: AccessScope): Promise<ConsortiumPageDto> {
    return mapPage(await this.consortia.list(query, scope), mapConsortium);
  }

  @Read(':id', ConsortiumDto, { summary: '康养联合体详情 · One consortium' })
  async get(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<ConsortiumDto> {
    return mapConsortium(await this.consortia.get(id, scope));
  }

  @Patch(':id')
  @Roles(...OFFICIALS)
  @ApiOperation({ summary: '修改康养联合体 · Change a consortium', description: 'Name, the 五有 flag, and the members (a list given replaces the one held).' })
  @ApiOkResponse({ type: ConsortiumDto })
  async update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateConsortiumDto, @Scope() scope: AccessScope): Promise<ConsortiumDto> {
    return mapConsortium(await this.consortia.update(id, body, scope));
  }

  @ApiErrors(422)
  @Action(':id/dissolve', ConsortiumDto, { roles: OFFICIALS, summary: '解散康养联合体 · Dissolve a consortium', description: 'From `on` it no longer counts.' })
  async dissolve(@Param('id', uuidParam('id')) id: string, @Body() body: DissolveConsortiumDto, @Scope() scope: AccessScope): Promise<ConsortiumDto> {
    return mapConsortium(await this.consortia.dissolve(id, body, scope));
  }
}
