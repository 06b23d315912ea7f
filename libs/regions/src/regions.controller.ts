import { Body, Controller, Get, HttpStatus, Param, Post, Put, Query, Res, UploadedFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, ImportJobDto, mapImportJob, mapPage, TABULAR_FILE_BODY, TabularUpload, type UploadedFile as TabularFile } from '@yiyang/core';
import type { Response } from 'express';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import {
  RegionCodeParam,
  CreateRegionDto,
  ImportResultDto,
  ListRegionsQuery,
  mapPopulation,
  mapRegion,
  PopulationDto,
  PopulationImportQuery,
  PopulationQuery,
  PutPopulationDto,
  RegionDto,
  RegionPageDto,
} from './dto/region.dto';
import { RegionsService, type ImportOutcome } from './regions.service';

const IMPORT_LIMITS_DOC =
  ' A file larger than UPLOAD_MAX_BYTES (default 20 MB) is a 413 before it is read; more than IMPORT_MAX_ROWS rows (default 200,000), or an XLSX that would inflate past its limits, is a 413 too.' +
  ' A 400 lists the first 1,000 problems by line, its message gives their count.' +
  ' Past IMPORT_JOB_THRESHOLD_ROWS rows (default 5,000) the import runs as a job: 202 with its status resource (GET /api/v1/imports/:id), all or nothing as well.';

/** 201 with the result, or 202 with the job that will produce it. */
function answer(outcome: ImportOutcome, response: Response): ImportResultDto | ImportJobDto {
  if (outcome.job) {
    response.status(HttpStatus.ACCEPTED);
    return mapImportJob(outcome.job);
  }
  return outcome.result;
}

class RegionYearParams extends RegionCodeParam {
  @ApiProperty({ type: 'integer', minimum: 1949, maximum: 2100, description: '年份 · Year', example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(1949)
  @Max(2100)
  year: number;
}

@ApiTags('regions 行政区划')
@ApiBearerAuth()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @ApiOperation({ summary: '区划列表 · List regions', description: 'Reference data every role may read. Filter by parent, subtree, level or name.' })
  @ApiOkResponse({ type: RegionPageDto })
  async list(@Query() query: ListRegionsQuery): Promise<RegionPageDto> {
    return mapPage(await this.regions.list(query), mapRegion);
  }

  @Post()
  @ApiErrors(422)
  @Roles(Role.Admin, Role.CivilAffairs)
  @ApiOperation({ summary: '新增区划 · Add a region', description: 'The code must extend its parent\'s prefix and be of its level; officers add within their subtree.' })
  @ApiCreatedResponse({ type: RegionDto })
  async create(@Body() body: CreateRegionDto, @Scope() scope: AccessScope): Promise<RegionDto> {
    return mapRegion(await this.regions.create(body, scope));
  }

  @Post('import')
  @Roles(Role.Admin, Role.CivilAffairs)
  @TabularUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody(TABULAR_FILE_BODY)
  @ApiOperation({
    summary: '导入区划 · Import regions (CSV or XLSX)',
    description:
      'Columns code, name, level, parent_code, kind. The whole file is checked first: with any bad row nothing is written and the 400 lists the bad rows (`details[].line`, `field`, `message`).' +
      IMPORT_LIMITS_DOC,
  })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiAcceptedResponse({ type: ImportJobDto, description: 'A long file: imported by a job; poll GET /api/v1/imports/:id' })
  @ApiPayloadTooLargeResponse({ description: 'Past the upload, row or XLSX limits' })
  async importRegions(
    @UploadedFile() file: TabularFile | undefined,
    @Scope() scope: AccessScope,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportResultDto | ImportJobDto> {
    return answer(await this.regions.importRegions(file, scope), response);
  }

  @Post('population/import')
  @Roles(Role.Admin, Role.CivilAffairs)
  @TabularUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody(TABULAR_FILE_BODY)
  @ApiOperation({
    summary: '导入老年人口 · Import older population (CSV or XLSX)',
    description:
      'Columns code, age60_plus and optionally age65_plus, age80_plus, year, basis, source; year and basis may be given as query parameters instead. All or nothing, like the region import.' +
      IMPORT_LIMITS_DOC,
  })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiAcceptedResponse({ type: ImportJobDto, description: 'A long file: imported by a job; poll GET /api/v1/imports/:id' })
  @ApiPayloadTooLargeResponse({ description: 'Past the upload, row or XLSX limits' })
  async importPopulation(
    @UploadedFile() file: TabularFile | undefined,
    @Query() query: PopulationImportQuery,
    @Scope() scope: AccessScope,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportResultDto | ImportJobDto> {
    return answer(await this.regions.importPopulation(file, query, scope), response);
  }

  @Read(':code', RegionDto, { summary: '区划详情 · One region' })
  async get(@Param() { code }: RegionCodeParam): Promise<RegionDto> {
    return mapRegion(await this.regions.get(code));
  }

  @Put(':code/population/:year')
  @Roles(Role.Admin, Role.CivilAffairs)
  @ApiOperation({ summary: '录入老年人口 · Set the older population of a year', description: 'One basis (户籍 registered or 常住 resident) per call; officers within their subtree.' })
  @ApiOkResponse({ type: PopulationDto })
  async putPopulation(
    @Param() { code, year }: RegionYearParams,
    @Body() body: PutPopulationDto,
    @Scope() scope: AccessScope,
  ): Promise<PopulationDto> {
    return mapPopulation(code, year, body.basis, await this.regions.putPopulation(code, year, body, scope));
  }

  @Read(':code/population/:year', PopulationDto, {
    summary: '老年人口 · Older population of a year',
    description: 'The region\'s own figure, or else the sum of the nearest regions below it that have one (`own: false`).',
  })
  async population(@Param() { code, year }: RegionYearParams, @Query() query: PopulationQuery): Promise<PopulationDto> {
    return mapPopulation(code, year, query.basis, await this.regions.population(code, year, query.basis));
  }
}
