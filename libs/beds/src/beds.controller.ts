import { Body, Controller, Get, Header, HttpStatus, Param, Patch, Post, Query, Req, Res, UploadedFile } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiProperty,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Action, Create, Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, AsOfQuery, ImportJobDto, IsDateOnly, mapImportJob, TabularUpload, today, type UploadedFile as TabularFile, uuidParam } from '@yiyang/core';
import { BED_IMPORT_TEMPLATE, BedImportService } from './bed-import.service';
import { BedsService } from './beds.service';
import {
  BedInputDto,
  BedSummaryQuery,
  BulkBedsDto,
  CloseBedDto,
  ListBedsQuery,
  OutOfServiceDto,
  RebuildBedDto,
  ReclassifyBedDto,
} from './dto/bed.dto';
import { BedBoardDto, BedClassificationDto, BedDto, BedImportResultDto, BedPageDto, BedSummaryDto, BulkBedsResultDto } from './dto/bed-view.dto';

const EDITORS = [Role.Admin, Role.CivilAffairs, Role.Operator] as const;

class BackInServiceDto {
  @ApiProperty({ description: '恢复使用日期 · Back in service on', example: '2025-07-15' })
  @IsDateOnly()
  on: string;
}

@ApiTags('beds 床位')
@ApiBearerAuth()
@Controller('facilities/:id')
export class FacilityBedsController {
  constructor(
    private readonly beds: BedsService,
    private readonly imports: BedImportService,
  ) {}

  @Create('beds', BedDto, { roles: EDITORS, summary: '新增床位 · Add a bed' })
  create(@Param('id', uuidParam('id')) facilityId: string, @Body() body: BedInputDto, @Scope() scope: AccessScope): Promise<BedDto> {
    return this.beds.createOne(facilityId, body, scope);
  }

  @Read('beds', BedPageDto, {
    summary: '床位列表 · Beds of the facility on a date',
    description:
      'Every bed the facility has had, as on `date` (default today in China): room, floor, setting, classification, status (vacant / occupied / reserved / out_of_service / closed / not_yet_open) and, when occupied, the stay and the masked occupant. ' +
      'Filter by status, care-type and floor; ordered by floor, room and code; paged (`total` counts every match).',
  })
  list(@Param('id', uuidParam('id')) facilityId: string, @Query() query: ListBedsQuery, @Scope() scope: AccessScope): Promise<BedPageDto> {
    return this.beds.list(facilityId, query, scope);
  }

  @Create('beds/bulk', BulkBedsResultDto, {
    roles: EDITORS,
    summary: '批量新增床位 · Add many beds in one call',
    description: 'Up to 2,000 beds; rooms are created as named. All beds are checked first: one bad bed and none is written.',
  })
  bulk(@Param('id', uuidParam('id')) facilityId: string, @Body() body: BulkBedsDto, @Scope() scope: AccessScope): Promise<BulkBedsResultDto> {
    return this.beds.create(facilityId, body, scope);
  }

  @Post('beds/import')
  @Roles(...EDITORS)
  @TabularUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary', description: 'CSV (UTF-8 or GBK) or XLSX' } }, required: ['file'] },
  })
  @ApiOperation({
    summary: '导入床位 · Import beds (CSV or XLSX)',
    description:
      'Columns code, room, care_type (是/否, yes/no), opened_on (YYYY-MM-DD), and optionally floor, dementia_care (是/否), origin (原有/新建/改建, empty = existing) and commissioned_on (default opened_on; new and rebuilt beds count among 新建、改建养老床位 that month); the template is GET …/beds/import-template.csv. ' +
      'All or nothing, like the bulk endpoint: every row is checked first, and with any bad row nothing is written and the 400 lists them (`details[]`: `line` of the file, header = 1; `field`, the column; `message`, zh · en), the first 1,000 by line. ' +
      'Rooms are created as named. Past IMPORT_JOB_THRESHOLD_ROWS rows (default 5,000) the import runs as a job: 202 with its status resource (GET /api/v1/imports/:id), all or nothing as well. ' +
      'A file larger than UPLOAD_MAX_BYTES, or with more than IMPORT_MAX_ROWS rows, is a 413.',
  })
  @ApiCreatedResponse({ type: BedImportResultDto })
  @ApiAcceptedResponse({ type: ImportJobDto, description: 'A long file: imported by a job; poll GET /api/v1/imports/:id' })
  @ApiPayloadTooLargeResponse({ description: 'Past the upload, row or XLSX limits' })
  async importBeds(
    @Param('id', uuidParam('id')) facilityId: string,
    @UploadedFile() file: TabularFile | undefined,
    @Scope() scope: AccessScope,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BedImportResultDto | ImportJobDto> {
    const outcome = await this.imports.importFile(facilityId, file, scope);
    if (!outcome.job) return outcome.result;
    response.status(HttpStatus.ACCEPTED);
    return mapImportJob(outcome.job);
  }

  @Get('beds/import-template.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="beds-template.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: '床位导入模板 · Template of a bed file', description: 'CSV (UTF-8 with BOM, so Excel reads the Chinese): the columns and two example rows.' })
  @ApiOkResponse({ description: 'CSV', schema: { type: 'string' } })
  async importTemplate(@Param('id', uuidParam('id')) facilityId: string, @Scope() scope: AccessScope): Promise<string> {
    await this.beds.assertFacilityVisible(facilityId, scope);
    return BED_IMPORT_TEMPLATE;
  }

  @Get('bed-board')
  @ApiOperation({
    summary: '床位一览 · Bed board',
    description:
      'Floors, rooms and beds on `date` (default today), each with status (vacant / occupied / reserved / out_of_service / closed), kind and — once stays exist — the masked occupant; totals by kind. Rendered by one SQL statement and cached per facility, date and board version (bumped by database triggers on every change the board shows). ' +
      'Sent with an `ETag` (the board version, the date and when the first reservation ends) and `Cache-Control: private, no-cache`: a request whose `If-None-Match` names the board as it still is gets `304 Not Modified` without a body, decided on the version lookup alone.',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: '上次收到的 ETag · The ETag of the board last received' })
  @ApiOkResponse({ type: BedBoardDto, headers: { ETag: { description: '床位一览的版本 · Version of this board', schema: { type: 'string' } } } })
  @ApiResponse({ status: 304, description: '未变化 · The board is as the ETag named: no body' })
  @ApiNotFoundResponse({ description: 'No such facility in the caller\'s scope' })
  async board(
    @Param('id', uuidParam('id')) facilityId: string,
    @Query() query: AsOfQuery,
    @Scope() scope: AccessScope,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | undefined> {
    const board = await this.beds.board(facilityId, query.date ?? today(), scope, request.headers['if-none-match']);
    response.setHeader('ETag', board.etag);
    // Kept by the browser, asked again every time: the fetch revalidates by itself, and a sign-in elsewhere is not shared.
    response.setHeader('Cache-Control', 'private, no-cache');
    if (board.json === undefined) {
      response.status(304);
      return undefined;
    }
    // Sent as the JSON text Postgres rendered (or the cache holds): no parse and re-serialise of a large document.
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    return board.json;
  }
}

@ApiTags('beds 床位')
@ApiBearerAuth()
@Controller('beds')
export class BedsController {
  constructor(private readonly beds: BedsService) {}

  @Read('summary', BedSummaryDto, {
    summary: '床位汇总 · Open beds by facility kind and setting',
    description: 'On `date` (default today), in operating facilities of the region\'s subtree and the caller\'s scope: beds, care-type and dementia-care beds.',
  })
  summary(@Query() query: BedSummaryQuery, @Scope() scope: AccessScope): Promise<BedSummaryDto> {
    return this.beds.summary(query.date ?? today(), query.regionCode, scope);
  }

  @Read(':id', BedDto, { summary: '床位 · One bed, as of a date' })
  get(@Param('id', uuidParam('id')) id: string, @Query() query: AsOfQuery, @Scope() scope: AccessScope): Promise<BedDto> {
    return this.beds.get(id, query.date ?? today(), scope);
  }

  @Read(':id/history', [BedClassificationDto], { summary: '分类历史 · Classification periods', description: 'Every period with its classification, who set it and when.' })
  history(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<BedClassificationDto[]> {
    return this.beds.history(id, today(), scope);
  }

  @Patch(':id')
  @ApiErrors(422)
  @Roles(...EDITORS)
  @ApiOperation({ summary: '调整床位分类 · Reclassify a bed from a date', description: 'Months before effectiveFrom keep the classification they had.' })
  @ApiOkResponse({ type: BedDto })
  reclassify(@Param('id', uuidParam('id')) id: string, @Body() body: ReclassifyBedDto, @Scope() scope: AccessScope): Promise<BedDto> {
    return this.beds.reclassify(id, body, scope);
  }

  @Action(':id/rebuild', BedDto, {
    roles: EDITORS,
    summary: '改建床位 · Record a rebuild in place',
    description:
      'The same bed (id, classification history and stays kept) is recorded as rebuilt and back in service on commissionedOn, ' +
      'a day within its open period; it counts once among 新建、改建养老床位 that month.',
  })
  rebuild(@Param('id', uuidParam('id')) id: string, @Body() body: RebuildBedDto, @Scope() scope: AccessScope): Promise<BedDto> {
    return this.beds.rebuild(id, body, scope);
  }

  @ApiErrors(422)
  @Action(':id/close', BedDto, { roles: EDITORS, summary: '撤床 · Close a bed from a date' })
  close(@Param('id', uuidParam('id')) id: string, @Body() body: CloseBedDto, @Scope() scope: AccessScope): Promise<BedDto> {
    return this.beds.close(id, body, scope);
  }

  @Action(':id/out-of-service', BedDto, { roles: EDITORS, summary: '暂停使用 · Take a bed out of service' })
  outOfService(@Param('id', uuidParam('id')) id: string, @Body() body: OutOfServiceDto, @Scope() scope: AccessScope): Promise<BedDto> {
    return this.beds.outOfService(id, body, scope);
  }

  @ApiErrors(422)
  @Action(':id/back-in-service', BedDto, { roles: EDITORS, summary: '恢复使用 · Put a bed back in service' })
  backInService(@Param('id', uuidParam('id')) id: string, @Body() body: BackInServiceDto, @Scope() scope: AccessScope): Promise<BedDto> {
    return this.beds.backInService(id, body.on, scope);
  }

  @Get(':id/qr.svg')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'private, max-age=86400')
  @ApiProduces('image/svg+xml')
  @ApiOperation({ summary: '床位二维码 · QR code of the bed (一床一人一码)', description: 'SVG; encodes PUBLIC_URL/beds/{id}, the bed\'s page.' })
  @ApiOkResponse({ description: 'SVG image', schema: { type: 'string' } })
  qr(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<string> {
    return this.beds.qrCode(id, today(), scope);
  }
}
