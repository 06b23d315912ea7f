import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Create, Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, uuidParam } from '@yiyang/core';
import { AdmissionsService } from './admissions.service';
import { AdmitDto, DischargeDto, ListStaysQuery, StayDto, StayPageDto, TransferDto, VoidAdmissionDto, VoidedStayDto } from './dto/stay.dto';
import { MismatchDto, MismatchQuery, OccupancyDto, OccupancyQuery } from './dto/stay-report.dto';
import { StayReportsService } from './stay-reports.service';

const OPERATORS = [Role.Admin, Role.Operator] as const;

@ApiTags('admissions 入住')
@ApiBearerAuth()
@Controller('admissions')
export class AdmissionsController {
  constructor(
    private readonly admissions: AdmissionsService,
    private readonly reports: StayReportsService,
  ) {}

  @Post()
  @ApiErrors(422)
  @Roles(...OPERATORS)
  @ApiOperation({
    summary: '入住 · Admit a person to a bed',
    description:
      'Open, in-service beds only (409 otherwise, also when the bed is taken on that date or offered to a waiting-list applicant). ' +
      'May be backdated within open reporting periods, never future-dated. Needs the nine GB 38600 safety risks, given here (and recorded) or assessed in the 30 days before (400); ' +
      'refuses (422) a person without a current capability assessment where the facility\'s policy requires one, and home beds.',
  })
  @ApiCreatedResponse({ type: StayDto })
  admit(@Body() body: AdmitDto, @Scope() scope: AccessScope): Promise<StayDto> {
    return this.admissions.admit(body, scope);
  }

  @Get()
  @ApiOperation({ summary: '入住记录 · Stays', description: 'Newest first; `active=true` for the stays running on `date` (default today). Family members see their relative\'s.' })
  @ApiOkResponse({ type: StayPageDto })
  list(@Query() query: ListStaysQuery, @Scope() scope: AccessScope): Promise<StayPageDto> {
    return this.admissions.list(query, scope);
  }

  @Read('care-mismatch', [MismatchDto], {
    roles: [Role.Admin, Role.CivilAffairs, Role.Operator, Role.Assessor],
    summary: '护理需求错配 · People needing a care-type bed who lie in a general one',
    description: 'Standing assessed level 中度失能 or worse (≥ 2) in a bed not classified care-type on `date`, per facility; filter by facility or region.',
  })
  careMismatch(@Query() query: MismatchQuery, @Scope() scope: AccessScope): Promise<MismatchDto[]> {
    return this.reports.careMismatch(query, scope);
  }

  @Read('occupancy', [OccupancyDto], {
    roles: [Role.Admin, Role.CivilAffairs, Role.Operator],
    summary: '入住率 · Occupancy of a month per facility',
    description:
      'Available bed-days (institution and community beds open and in service), occupied bed-days, the rate, and the level-weighted ' +
      'occupied-bed count operating subsidies are paid on (weights: SUBSIDY_LEVEL_WEIGHTS, by each occupant\'s level at month end). ' +
      'A month in progress counts up to and including today; a month not yet begun is a 400.',
  })
  occupancy(@Query() query: OccupancyQuery, @Scope() scope: AccessScope): Promise<OccupancyDto[]> {
    return this.reports.occupancy(query, scope);
  }

  @Read(':id', StayDto, { summary: '入住记录 · One stay' })
  get(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<StayDto> {
    return this.admissions.get(id, scope);
  }

  @ApiErrors(422)
  @Create(':id/transfer', StayDto, { roles: OPERATORS, summary: '转床 · Move to another bed', description: 'Ends this stay on `on` and starts the next in the new bed that day, in one transaction. The same bed is a 422.' })
  transfer(@Param('id', uuidParam('id')) id: string, @Body() body: TransferDto, @Scope() scope: AccessScope): Promise<StayDto> {
    return this.admissions.transfer(id, body, scope);
  }

  @Action(':id/discharge', StayDto, {
    roles: OPERATORS,
    summary: '出院 · Discharge',
    description:
      '`on` is the first day away: from the admission day (a person who leaves the day they came; the bed is vacant again that day and no bed-day is counted) to today in China (400 otherwise).',
  })
  discharge(@Param('id', uuidParam('id')) id: string, @Body() body: DischargeDto, @Scope() scope: AccessScope): Promise<StayDto> {
    return this.admissions.discharge(id, body, scope);
  }

  @ApiErrors(422)
  @Action(':id/void', VoidedStayDto, {
    roles: OPERATORS,
    summary: '作废入住 · Void an admission made by mistake',
    description:
      'On the day of admission (China time) only, by the facility\'s operators or an administrator: the stay is removed from every list, board, occupancy figure and indicator and kept apart with the reason; audited. ' +
      '422 on a later day (discharge instead), for a stay that began with a transfer, and for one admitted by accepting a waiting-list offer.',
  })
  voidAdmission(@Param('id', uuidParam('id')) id: string, @Body() body: VoidAdmissionDto, @Scope() scope: AccessScope): Promise<VoidedStayDto> {
    return this.admissions.voidAdmission(id, body, scope);
  }
}
