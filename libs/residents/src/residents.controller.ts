import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Action, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { uuidParam } from '@yiyang/core';
import { CreateResidentDto, LinkResidentDto, ListResidentsQuery, ResidentDto, ResidentPageDto, UpdateResidentDto } from './dto/resident.dto';
import { ResidentsService } from './residents.service';

const REGISTRARS = [Role.Admin, Role.CivilAffairs, Role.Operator] as const;

@ApiTags('residents 老年人')
@ApiBearerAuth()
@Controller('residents')
export class ResidentsController {
  constructor(private readonly residents: ResidentsService) {}

  @Post()
  @Roles(...REGISTRARS)
  @ApiOperation({
    summary: '登记老年人 · Register an older person',
    description:
      'The 身份证 number is checked (length, date of birth, ISO 7064 check digit, agreement with birthDate and sex), stored encrypted and found by a keyed hash: the same person twice is a 409. Responses show it masked.',
  })
  @ApiCreatedResponse({ type: ResidentDto })
  @ApiConflictResponse({ description: 'Already registered' })
  create(@Body() body: CreateResidentDto, @Scope() scope: AccessScope): Promise<ResidentDto> {
    return this.residents.create(body, scope);
  }

  @Action('link', ResidentDto, {
    roles: REGISTRARS,
    summary: '关联已登记老年人 · Link a registered person to your facility',
    description:
      'For a person another office registered (registration answered 409): found by the whole ID number and the name together, linked to a facility of the caller, then visible to its staff — their profile (masked), assessments and safety risks, and the records the facility itself makes, not those of other facilities. 404 when no one has that number and name (a wrong name is not told apart from an unknown number). Each account may try LINK_RATE_LIMIT times per LINK_RATE_WINDOW_SECONDS (default 20 an hour), then 429 with Retry-After. Every attempt is audited.',
  })
  @ApiNotFoundResponse({ description: 'No registered person with that ID number and name' })
  @ApiTooManyRequestsResponse({ description: 'Too many link attempts from this account; Retry-After says when to try again' })
  link(@Body() body: LinkResidentDto, @Scope() scope: AccessScope): Promise<ResidentDto> {
    return this.residents.link(body, scope);
  }

  @Get()
  @ApiOperation({
    summary: '老年人列表 · List older people',
    description: 'In the caller\'s scope (family members: their relatives). `q` is part of a name or a whole ID number. Every record returned is an audited read.',
  })
  @ApiOkResponse({ type: ResidentPageDto })
  list(@Query() query: ListResidentsQuery, @Scope() scope: AccessScope): Promise<ResidentPageDto> {
    return this.residents.list(query, scope);
  }

  @Get(':id')
  @ApiOperation({ summary: '老年人档案 · One older person', description: 'An audited read; numbers masked.' })
  @ApiOkResponse({ type: ResidentDto })
  @ApiNotFoundResponse({ description: 'No such person in the caller\'s scope' })
  get(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<ResidentDto> {
    return this.residents.get(id, scope);
  }

  @Patch(':id')
  @Roles(...REGISTRARS)
  @ApiOperation({
    summary: '修改档案 · Change a record',
    description: 'The ID number, date of birth and sex are fixed. Regions, categories and 特困 support are for officers (within their region) and administrators; operators change names, phones, contacts and living arrangement.',
  })
  @ApiOkResponse({ type: ResidentDto })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateResidentDto, @Scope() scope: AccessScope): Promise<ResidentDto> {
    return this.residents.update(id, body, scope);
  }
}
