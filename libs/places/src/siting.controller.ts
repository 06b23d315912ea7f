import { Controller, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Read, Role, Scope, type AccessScope } from '@yiyang/auth';
import { SitingDto, SitingQuery } from './dto/siting.dto';
import { SitingService } from './siting.service';

@ApiTags('kpi 规划指标')
@ApiBearerAuth()
@Controller('kpi')
export class SitingController {
  constructor(private readonly siting: SitingService) {}

  @Read('siting', SitingDto, {
    roles: [Role.Admin, Role.CivilAffairs],
    summary: '选址建议 · Where new facilities bring the most older people into a service circle',
    description:
      'For a township or county of the caller\'s scope and a kind the service circle counts: up to k sites among its communities\' points, picked greedily ' +
      '(each the one bringing the most older people not yet within a circle of the kind; lowest code among equals; it stops when none brings anyone in), ' +
      'the population each adds, the existing facilities of the kind, the communities left out, coverage before and after, and the proposal as what-if scenario changes. ' +
      'Greedy reaches at least 1 − 1/e (63 %) of the best k sites\' coverage.',
  })
  propose(@Query() query: SitingQuery, @Scope() scope: AccessScope): Promise<SitingDto> {
    return this.siting.propose(query, scope);
  }
}
