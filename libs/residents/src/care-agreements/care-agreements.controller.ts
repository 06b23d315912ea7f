import { Body, Controller, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Action, Create, Read, Role, Scope, type AccessScope } from '@yiyang/auth';
import { uuidParam } from '@yiyang/core';
import { CareAgreementDto, CareAgreementInputDto, EndCareAgreementDto } from './care-agreement.dto';
import { CareAgreementsService } from './care-agreements.service';

const OFFICIALS = [Role.Admin, Role.CivilAffairs] as const;

@ApiTags('residents 老年人')
@ApiBearerAuth()
@Controller('residents/:id/care-agreements')
export class CareAgreementsController {
  constructor(private readonly agreements: CareAgreementsService) {}

  @Create('', CareAgreementDto, {
    roles: OFFICIALS,
    summary: '签订委托照料服务协议 · Record an entrusted-care agreement',
    description:
      'For a 特困 person supported at home (分散供养): the caregiver, their phone (encrypted, answered masked), signed on, last day in force (none: open-ended). 422 for a person who is not 特困.',
  })
  create(@Param('id', uuidParam('id')) id: string, @Body() body: CareAgreementInputDto, @Scope() scope: AccessScope): Promise<CareAgreementDto> {
    return this.agreements.create(id, body, scope);
  }

  @Read('', [CareAgreementDto], { summary: '委托照料服务协议 · A person\'s entrusted-care agreements', description: 'Latest signed first; phones masked. An audited read of the person.' })
  list(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<CareAgreementDto[]> {
    return this.agreements.list(id, scope);
  }

  @Action(':agreementId/end', CareAgreementDto, {
    roles: OFFICIALS,
    summary: '终止委托照料服务协议 · End an entrusted-care agreement',
    description: '`on` becomes its last day in force: not before it was signed, not after the day it already ends (422).',
  })
  end(
    @Param('id', uuidParam('id')) id: string,
    @Param('agreementId', uuidParam('agreementId')) agreementId: string,
    @Body() body: EndCareAgreementDto,
    @Scope() scope: AccessScope,
  ): Promise<CareAgreementDto> {
    return this.agreements.end(id, agreementId, body, scope);
  }
}
