import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Create, Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, AsOfQuery, mapPage, today, uuidParam } from '@yiyang/core';
import {
  CloseFacilityDto,
  CreateFacilityDto,
  InspectionDto,
  ListFacilitiesQuery,
  StaffInputDto,
  StaffLeaveDto,
  StaffQuery,
  StarRatingInputDto,
  UpdateFacilityDto,
} from './dto/facility.dto';
import {
  FacilityDto,
  FacilityPageDto,
  FacilityProfileDto,
  InspectionViewDto,
  mapFacility,
  mapFacilityProfile,
  mapInspection,
  mapStaff,
  StaffPageDto,
  StaffViewDto,
  StarRatingViewDto,
} from './dto/facility-view.dto';
import { FacilitiesService } from './facilities.service';
import { StaffService } from './staff.service';

const EDITORS = [Role.Admin, Role.CivilAffairs, Role.Operator] as const;
const OFFICIALS = [Role.Admin, Role.CivilAffairs] as const;

@ApiTags('facilities 养老机构与设施')
@ApiBearerAuth()
@Controller('facilities')
export class FacilitiesController {
  constructor(
    private readonly facilities: FacilitiesService,
    private readonly staff: StaffService,
  ) {}

  @Post()
  @ApiErrors(422)
  @Roles(...OFFICIALS)
  @ApiOperation({ summary: '登记设施 · Register a facility', description: 'Officers register facilities in their subtree. The profile (kind, ownership, operation, functions, flags) starts on openedOn.' })
  @ApiCreatedResponse({ type: FacilityDto })
  async create(@Body() body: CreateFacilityDto, @Scope() scope: AccessScope): Promise<FacilityDto> {
    return mapFacility(await this.facilities.create(body, scope), body.openedOn);
  }

  @Get()
  @ApiOperation({ summary: '设施列表 · List facilities', description: 'As of `date` (default today): the profile, star level and latest inspection in force then. Only facilities in the caller\'s scope.' })
  @ApiOkResponse({ type: FacilityPageDto })
  async list(@Query() query: ListFacilitiesQuery, @Scope() scope: AccessScope): Promise<FacilityPageDto> {
    const date = query.date ?? today();
    return mapPage(await this.facilities.list(query, scope), (row) => mapFacility(row, date));
  }

  @Get(':id')
  @ApiOperation({ summary: '设施详情 · One facility, as of a date' })
  @ApiOkResponse({ type: FacilityDto })
  @ApiNotFoundResponse({ description: 'No such facility in the caller\'s scope' })
  async get(@Param('id', uuidParam('id')) id: string, @Query() query: AsOfQuery, @Scope() scope: AccessScope): Promise<FacilityDto> {
    const date = query.date ?? today();
    return mapFacility(await this.facilities.get(id, date, scope), date);
  }

  @Patch(':id')
  @ApiErrors(422)
  @Roles(...EDITORS)
  @ApiOperation({
    summary: '修改设施 · Change a facility',
    description: 'Profile fields take effect from effectiveFrom (default today) and leave earlier months as they were; kind, ownership, operation and managedByFacilityId are for officers only.',
  })
  @ApiOkResponse({ type: FacilityDto })
  async update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateFacilityDto, @Scope() scope: AccessScope): Promise<FacilityDto> {
    const row = await this.facilities.update(id, body, scope);
    return mapFacility(row, body.effectiveFrom ?? today());
  }

  @ApiErrors(422)
  @Action(':id/close', FacilityDto, { roles: OFFICIALS, summary: '停业 · Close a facility', description: 'From `on` the facility and its beds no longer count.' })
  async close(@Param('id', uuidParam('id')) id: string, @Body() body: CloseFacilityDto, @Scope() scope: AccessScope): Promise<FacilityDto> {
    return mapFacility(await this.facilities.close(id, body, scope), body.on);
  }

  @Read(':id/history', [FacilityProfileDto], { summary: '档案变更历史 · Profile versions', description: 'Every period with what the facility was, who set it and when.' })
  async history(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<FacilityProfileDto[]> {
    return (await this.facilities.history(id, scope)).map(mapFacilityProfile);
  }

  @Create(':id/inspections', InspectionViewDto, { roles: OFFICIALS, summary: '年度质量检查 · Record the yearly quality inspection' })
  async addInspection(@Param('id', uuidParam('id')) id: string, @Body() body: InspectionDto, @Scope() scope: AccessScope): Promise<InspectionViewDto> {
    return mapInspection(await this.facilities.addInspection(id, body, scope));
  }

  @Read(':id/inspections', [InspectionViewDto], { summary: '质量检查记录 · Inspections, latest first' })
  async inspections(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<InspectionViewDto[]> {
    return (await this.facilities.inspections(id, scope)).map(mapInspection);
  }

  @Create(':id/star-ratings', StarRatingViewDto, {
    roles: OFFICIALS,
    summary: '星级评定 · Record a star rating (GB/T 37276-2018)',
    description: 'Section scores out of 120/130/150/600; the level needs the total (360/450/570/780/900) and every section at 40/50/60/80/90 % of its maximum.',
  })
  addStarRating(@Param('id', uuidParam('id')) id: string, @Body() body: StarRatingInputDto, @Scope() scope: AccessScope): Promise<StarRatingViewDto> {
    return this.facilities.addStarRating(id, body, scope);
  }

  @Read(':id/star-ratings', [StarRatingViewDto], { summary: '星级评定记录 · Star ratings, latest first' })
  starRatings(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<StarRatingViewDto[]> {
    return this.facilities.starRatings(id, scope);
  }

  @Create(':id/staff', StaffViewDto, { roles: EDITORS, summary: '登记工作人员 · Add a staff member', description: 'With role (养老护理员, 社工, 护士…) and certificates.' })
  async addStaff(@Param('id', uuidParam('id')) id: string, @Body() body: StaffInputDto, @Scope() scope: AccessScope): Promise<StaffViewDto> {
    return mapStaff(await this.staff.add(id, body, scope));
  }

  @Read(':id/staff', StaffPageDto, { summary: '工作人员 · Staff employed on a date' })
  async listStaff(@Param('id', uuidParam('id')) id: string, @Query() query: StaffQuery, @Scope() scope: AccessScope): Promise<StaffPageDto> {
    return mapPage(await this.staff.list(id, query, scope), mapStaff);
  }
}

@ApiTags('facilities 养老机构与设施')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Action(':id/leave', StaffViewDto, { roles: EDITORS, summary: '离职 · A staff member leaves' })
  async leave(@Param('id', uuidParam('id')) id: string, @Body() body: StaffLeaveDto, @Scope() scope: AccessScope): Promise<StaffViewDto> {
    return mapStaff(await this.staff.leaves(id, body.on, scope));
  }
}
