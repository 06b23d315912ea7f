import { Body, Controller, Delete, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Create, Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, uuidParam } from '@yiyang/core';
import { RegionCodeParam } from '@yiyang/regions';
import { AdmissionPolicyService } from './admission-policy.service';
import { StayDto } from './dto/stay.dto';
import { AcceptDto, ApplicationDto, ApplyDto, OfferDto, WaitlistDto, WaitlistHomeDto, WaitlistOfferDto, WithdrawDto } from './dto/waitlist.dto';
import { AdmissionPolicyDto, AdmissionPolicyInputDto } from './dto/policy.dto';
import { WaitlistService } from './waitlist.service';

const POLICY_MAKERS = [Role.Admin, Role.CivilAffairs] as const;
const STAFF = [Role.Admin, Role.CivilAffairs, Role.Operator] as const;
/** Who takes part in a waiting list: its facility's side, and families (assessors do not). */
const ACTORS = [...STAFF, Role.Family] as const;

@ApiTags('waitlist 轮候')
@ApiBearerAuth()
@Controller()
export class WaitlistController {
  constructor(
    private readonly waitlist: WaitlistService,
    private readonly policies: AdmissionPolicyService,
  ) {}

  @Read('facilities/:id/admission-policy', AdmissionPolicyDto, { summary: '入住与轮候规则 · The admission rules in force', description: 'The facility\'s own, else its region\'s or the nearest region\'s above, else the defaults of standards.md §6; `source` says which.' })
  policy(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<AdmissionPolicyDto> {
    return this.policies.getForFacility(id, scope);
  }

  @Put('facilities/:id/admission-policy')
  @Roles(...POLICY_MAKERS)
  @ApiOperation({ summary: '设定机构规则 · Set a facility\'s own rules', description: 'By the civil-affairs office of its region, or an administrator.' })
  @ApiOkResponse({ type: AdmissionPolicyDto })
  setPolicy(@Param('id', uuidParam('id')) id: string, @Body() body: AdmissionPolicyInputDto, @Scope() scope: AccessScope): Promise<AdmissionPolicyDto> {
    return this.policies.setForFacility(id, body, scope);
  }

  @Delete('facilities/:id/admission-policy')
  @Roles(...POLICY_MAKERS)
  @ApiOperation({ summary: '取消机构规则 · Drop a facility\'s own rules', description: 'Its region\'s rules apply again; returns the rules now in force.' })
  @ApiOkResponse({ type: AdmissionPolicyDto })
  clearPolicy(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<AdmissionPolicyDto> {
    return this.policies.clearForFacility(id, scope);
  }

  @Put('regions/:code/admission-policy')
  @Roles(...POLICY_MAKERS)
  @ApiOperation({ summary: '设定区域规则 · Set a region\'s rules', description: 'For every facility in the region\'s subtree without rules of its own or of a nearer region.' })
  @ApiOkResponse({ type: AdmissionPolicyDto })
  setRegionPolicy(@Param() { code }: RegionCodeParam, @Body() body: AdmissionPolicyInputDto, @Scope() scope: AccessScope): Promise<AdmissionPolicyDto> {
    return this.policies.setForRegion(code, body, scope);
  }

  @ApiErrors(422)
  @Create('facilities/:id/waitlist', ApplicationDto, {
    roles: ACTORS,
    summary: '申请轮候 · Apply for a public facility\'s bed',
    description:
      'For a person the caller may see (a family member: their relative). Public facilities only (422). One open application per person and facility (409). ' +
      'A suspension after a declined offer carries over to a new application.',
  })
  apply(@Param('id', uuidParam('id')) id: string, @Body() body: ApplyDto, @Scope() scope: AccessScope): Promise<ApplicationDto> {
    return this.waitlist.apply(id, body, scope);
  }

  @Read('facilities/:id/waitlist', WaitlistDto, {
    roles: ACTORS,
    summary: '轮候名单 · The waiting list, in order',
    description:
      'Each applicant with priority group, level, position and why. The facility\'s staff and its region\'s officers see everyone, the vacant beds and who is next; ' +
      'anyone else sees only the places of people they may see directly (a family member: their relative; an officer: people of their region), and nothing else. ' +
      'Every person shown is an audited read.',
  })
  list(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<WaitlistDto> {
    return this.waitlist.list(id, scope);
  }

  @Read('residents/:id/waitlist-homes', [WaitlistHomeDto], {
    roles: [Role.Family, Role.Admin],
    summary: '家属：可申请轮候的机构 · For a family: the homes their relative may wait for',
    description:
      'Family members, for their relative, and administrators helping them (staff and officers have the facility list and each home\'s waiting list): the public care homes of the county the person lives in, open today, and any home they already wait for; ' +
      'each with what declining an offer costs there (declinePenaltyMonths), how long an offer holds, and the person\'s open application with its place and why. An audited read.',
  })
  homes(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<WaitlistHomeDto[]> {
    return this.waitlist.homesFor(id, scope);
  }

  @ApiErrors(422)
  @Create('waitlist/:entryId/offer', WaitlistOfferDto, {
    roles: STAFF,
    summary: '提供床位 · Offer a vacant bed',
    description: 'Reserved for the policy\'s days. Applicants waiting ahead need `skipReason` (409 otherwise). No offer without a current assessment where the policy says so (422).',
  })
  offer(@Param('entryId', uuidParam('entryId')) entryId: string, @Body() body: OfferDto, @Scope() scope: AccessScope): Promise<WaitlistOfferDto> {
    return this.waitlist.offer(entryId, body, scope);
  }

  @ApiErrors(422)
  @Create('waitlist/:entryId/accept', StayDto, {
    roles: ACTORS,
    summary: '接受床位 · Accept the offered bed',
    description:
      'By the facility\'s staff or officers of its region, or a family member of the applicant. Admits the applicant into the offered bed in one transaction, on the funding ' +
      'set with the offer. An expired, declined or lapsed offer is a 409; so is a bed another applicant took first. Only the facility\'s side may give funding and safety risks ' +
      '(403); a family accepts once the facility has recorded the safety risks (422 before).',
  })
  accept(@Param('entryId', uuidParam('entryId')) entryId: string, @Body() body: AcceptDto, @Scope() scope: AccessScope): Promise<StayDto> {
    return this.waitlist.accept(entryId, body, scope);
  }

  @Action('waitlist/:entryId/decline', ApplicationDto, { roles: ACTORS, summary: '放弃床位 · Decline the offered bed', description: 'The application is suspended for the policy\'s months (declinePenaltyMonths).' })
  decline(@Param('entryId', uuidParam('entryId')) entryId: string, @Scope() scope: AccessScope): Promise<ApplicationDto> {
    return this.waitlist.decline(entryId, scope);
  }

  @Action('waitlist/:entryId/withdraw', ApplicationDto, {
    roles: ACTORS,
    summary: '撤回申请 · Withdraw the application',
    description: 'Withdrawing while holding an offer declines it: the suspension stays with the person and facility, unless the facility\'s side withdraws `withoutPenalty` with a `reason`.',
  })
  withdraw(@Param('entryId', uuidParam('entryId')) entryId: string, @Body() body: WithdrawDto, @Scope() scope: AccessScope): Promise<ApplicationDto> {
    return this.waitlist.withdraw(entryId, body, scope);
  }
}
