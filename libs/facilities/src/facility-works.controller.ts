import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Action, Create, Read, Role, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, uuidParam } from '@yiyang/core';
import {
  CompleteProjectDto,
  HazardInputDto,
  HazardQuery,
  HazardViewDto,
  mapHazard,
  mapProject,
  ProjectInputDto,
  ProjectViewDto,
  RectifyHazardDto,
} from './dto/works.dto';
import { FacilityProjectsService } from './facility-projects.service';
import { InspectionHazardsService } from './inspection-hazards.service';

const EDITORS = [Role.Admin, Role.CivilAffairs, Role.Operator] as const;
/** Hazards are found and signed off (整改销号) by the authority that inspects, not by the facility itself. */
const OFFICIALS = [Role.Admin, Role.CivilAffairs] as const;

/** Building projects and safety hazards of one facility. */
@ApiTags('facilities 养老机构与设施')
@ApiBearerAuth()
@Controller('facilities/:id')
export class FacilityWorksController {
  constructor(
    private readonly projects: FacilityProjectsService,
    private readonly hazards: InspectionHazardsService,
  ) {}

  @Create('projects', ProjectViewDto, {
    roles: EDITORS,
    summary: '登记建设项目 · Record a building project',
    description: '提升改造 upgrade, 消防改造 fire safety, 维修改造 repair, 改扩建 expansion or 新建 new build; with its funding, and its completion date if done.',
  })
  async createProject(@Param('id', uuidParam('id')) id: string, @Body() body: ProjectInputDto, @Scope() scope: AccessScope): Promise<ProjectViewDto> {
    return mapProject(await this.projects.create(id, body, scope));
  }

  @Read('projects', [ProjectViewDto], { summary: '建设项目 · Building projects of the facility, latest started first' })
  async listProjects(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<ProjectViewDto[]> {
    return (await this.projects.list(id, scope)).map(mapProject);
  }

  @ApiErrors(422)
  @Action('projects/:projectId/complete', ProjectViewDto, { roles: EDITORS, summary: '项目竣工 · Complete a building project' })
  async completeProject(
    @Param('id', uuidParam('id')) id: string,
    @Param('projectId', uuidParam('projectId')) projectId: string,
    @Body() body: CompleteProjectDto,
    @Scope() scope: AccessScope,
  ): Promise<ProjectViewDto> {
    return mapProject(await this.projects.complete(id, projectId, body.completedOn, scope));
  }

  @Create('hazards', HazardViewDto, {
    roles: OFFICIALS,
    summary: '登记安全隐患 · Record a safety hazard found',
    description: 'Major (重大) or not, the day it was found and, optionally, the yearly inspection that found it.',
  })
  async recordHazard(@Param('id', uuidParam('id')) id: string, @Body() body: HazardInputDto, @Scope() scope: AccessScope): Promise<HazardViewDto> {
    return mapHazard(await this.hazards.record(id, body, scope));
  }

  @Read('hazards', [HazardViewDto], { summary: '安全隐患 · Safety hazards of the facility, latest found first' })
  async listHazards(@Param('id', uuidParam('id')) id: string, @Query() query: HazardQuery, @Scope() scope: AccessScope): Promise<HazardViewDto[]> {
    return (await this.hazards.list(id, query.status, scope)).map(mapHazard);
  }

  @ApiErrors(422)
  @Action('hazards/:hazardId/rectify', HazardViewDto, { roles: OFFICIALS, summary: '隐患整改完成 · A hazard put right' })
  async rectifyHazard(
    @Param('id', uuidParam('id')) id: string,
    @Param('hazardId', uuidParam('hazardId')) hazardId: string,
    @Body() body: RectifyHazardDto,
    @Scope() scope: AccessScope,
  ): Promise<HazardViewDto> {
    return mapHazard(await this.hazards.rectify(id, hazardId, body.rectifiedOn, scope));
  }
}
