import { Body, Controller, Param, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Action, Create, ImportList, Read, Role, Scope, type AccessScope } from '@yiyang/auth';
import { RecordImportResultDto, type UploadedFile as TabularFile, uuidParam } from '@yiyang/core';
import { CompleteModificationDto, HOME_MODIFICATION_IMPORT, HomeModificationDto, HomeModificationInputDto, HomeModificationPageDto, HomeModificationQuery } from './modifications/modification.dto';
import { ModificationsService } from './modifications/modifications.service';
import { RemoveTerminalDto, SMART_TERMINAL_IMPORT, SmartTerminalDto, SmartTerminalInputDto, SmartTerminalPageDto, SmartTerminalQuery } from './terminals/terminal.dto';
import { TerminalsService } from './terminals/terminals.service';

/** Records of a region that civil-affairs offices keep: officers of the region and administrators. */
const OFFICIALS = [Role.Admin, Role.CivilAffairs] as const;

@ApiTags('services 居家社区服务')
@ApiBearerAuth()
@Controller()
export class CommunityRecordsController {
  constructor(
    private readonly modifications: ModificationsService,
    private readonly terminals: TerminalsService,
  ) {}

  @Create('home-modifications', HomeModificationDto, {
    roles: OFFICIALS,
    summary: '登记适老化改造 · Record a home modification',
    description: 'A household of the caller\'s region (township, village or community): applicant, hardship household (困难老年人家庭), subsidy, applied and (when done) completed.',
  })
  createModification(@Body() body: HomeModificationInputDto, @Scope() scope: AccessScope): Promise<HomeModificationDto> {
    return this.modifications.create(body, scope);
  }

  @ImportList('home-modifications/import', HOME_MODIFICATION_IMPORT, {
    roles: OFFICIALS,
    summary: '导入适老化改造台账 · Import home modifications (CSV or XLSX)',
    description: 'The list an office keeps, one household a row; Chinese headers are accepted too (申请人, 困难家庭 是/否, 申请日期…).',
  })
  importModifications(@UploadedFile() file: TabularFile | undefined, @Scope() scope: AccessScope): Promise<RecordImportResultDto> {
    return this.modifications.import(file, scope);
  }

  @Read('home-modifications', HomeModificationPageDto, {
    roles: OFFICIALS,
    summary: '适老化改造 · Home modifications',
    description: 'Those of the caller\'s region, latest application first; by region, person, hardship, completed, application dates, applicant.',
  })
  modificationList(@Query() query: HomeModificationQuery, @Scope() scope: AccessScope): Promise<HomeModificationPageDto> {
    return this.modifications.list(query, scope);
  }

  @Action('home-modifications/:id/complete', HomeModificationDto, {
    roles: OFFICIALS,
    summary: '改造完工 · Mark a home modification completed',
    description: 'On or after the application; once (422 when already completed).',
  })
  completeModification(@Param('id', uuidParam('id')) id: string, @Body() body: CompleteModificationDto, @Scope() scope: AccessScope): Promise<HomeModificationDto> {
    return this.modifications.complete(id, body, scope);
  }

  @Create('smart-terminals', SmartTerminalDto, {
    roles: OFFICIALS,
    summary: '登记智慧养老终端 · Register a smart elderly-care terminal',
    description: 'Installed in a village or community (12-digit region) of the caller\'s region; the device code is unique (409).',
  })
  createTerminal(@Body() body: SmartTerminalInputDto, @Scope() scope: AccessScope): Promise<SmartTerminalDto> {
    return this.terminals.create(body, scope);
  }

  @ImportList('smart-terminals/import', SMART_TERMINAL_IMPORT, {
    roles: OFFICIALS,
    summary: '导入智慧养老终端台账 · Import smart terminals (CSV or XLSX)',
    description: 'The list an office keeps, one device a row; kinds may be written in Chinese (紧急呼叫器, 智能手表, 传感器, 机顶盒, 自助终端, 其他).',
  })
  importTerminals(@UploadedFile() file: TabularFile | undefined, @Scope() scope: AccessScope): Promise<RecordImportResultDto> {
    return this.terminals.import(file, scope);
  }

  @Read('smart-terminals', SmartTerminalPageDto, { roles: OFFICIALS, summary: '智慧养老终端 · Smart elderly-care terminals', description: 'Those of the caller\'s region; by region, kind, still installed.' })
  terminalList(@Query() query: SmartTerminalQuery, @Scope() scope: AccessScope): Promise<SmartTerminalPageDto> {
    return this.terminals.list(query, scope);
  }

  @Action('smart-terminals/:id/remove', SmartTerminalDto, {
    roles: OFFICIALS,
    summary: '拆除终端 · Remove a terminal',
    description: '`on` is the first day it is gone: not before it was installed; once (422).',
  })
  removeTerminal(@Param('id', uuidParam('id')) id: string, @Body() body: RemoveTerminalDto, @Scope() scope: AccessScope): Promise<SmartTerminalDto> {
    return this.terminals.remove(id, body, scope);
  }
}
