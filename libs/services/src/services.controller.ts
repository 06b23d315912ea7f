import { Body, Controller, Headers, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Create, Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, uuidParam } from '@yiyang/core';
import type { Response } from 'express';
import { BookDto, CompleteDto, OrderDto, OrderPageDto, OrderQuery, QuoteDto, QuoteQuery, RateDto } from './orders/order.dto';
import { OrdersService } from './orders/orders.service';
import { CreateSeriesDto, CreateSlotDto, FacilitySlotsDto, FacilitySlotsQuery, ReasonDto, SeriesResultDto, ServiceTypeDto, SlotDto, SlotPageDto, SlotQuery } from './slots/slot.dto';
import { SlotsService } from './slots/slots.service';
import { SubsidiesService } from './subsidies/subsidies.service';
import { MonthQuery, ProviderStatementDto, ResidentStatementDto, SubsidyRuleDto, SubsidyRuleInputDto } from './subsidies/subsidy.dto';
import { DueVisitDto, DueVisitsQuery, VisitDto, VisitInputDto, VisitListQuery, VisitPlanInputDto, VisitRateDto, VisitRateQuery } from './visits/visit.dto';
import { VisitsService } from './visits/visits.service';

const PROVIDERS = [Role.Admin, Role.CivilAffairs, Role.Operator] as const;
/** Who books: families for their relatives, the facility serving the person, officers. */
const BOOKERS = [...PROVIDERS, Role.Family] as const;

@ApiTags('services 居家社区服务')
@ApiBearerAuth()
@Controller()
export class ServiceSlotsController {
  constructor(private readonly slots: SlotsService) {}

  @Read('service-types', [ServiceTypeDto], { summary: '服务目录 · The service catalog', description: '助餐 助洁 助浴 助行 助医 助急 助乐 探访, with cut-off and no-show grace per type.' })
  types(): Promise<ServiceTypeDto[]> {
    return this.slots.types();
  }

  @Create('facilities/:id/service-slots', SlotDto, { roles: PROVIDERS, summary: '发布时段 · Publish a slot', description: 'Type, start and end (for home services: the arrival window), places, price in cents, the area served (region codes).' })
  create(@Param('id', uuidParam('id')) id: string, @Body() body: CreateSlotDto, @Scope() scope: AccessScope): Promise<SlotDto> {
    return this.slots.create(id, body, scope);
  }

  @Read('facilities/:id/service-slots', FacilitySlotsDto, {
    roles: PROVIDERS,
    summary: '本机构时段与预约 · A facility\'s slots with their bookings',
    description: 'Its slots between two dates (at most 42 days), each with its bookings: masked names and state. For its staff and the officers of its region; every person shown is an audited read.',
  })
  schedule(@Param('id', uuidParam('id')) id: string, @Query() query: FacilitySlotsQuery, @Scope() scope: AccessScope): Promise<FacilitySlotsDto> {
    return this.slots.schedule(id, query, scope);
  }

  @Create('facilities/:id/service-slots/series', SeriesResultDto, {
    roles: PROVIDERS,
    summary: '按规则发布时段 · Publish recurring slots',
    description: 'An iCalendar RRULE (e.g. every weekday: FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR) from one date to another, at a time of day (China Standard Time): at most 400 slots.',
  })
  series(@Param('id', uuidParam('id')) id: string, @Body() body: CreateSeriesDto, @Scope() scope: AccessScope): Promise<SeriesResultDto> {
    return this.slots.createSeries(id, body, scope);
  }

  @Read('service-slots', SlotPageDto, { summary: '时段 · Slots', description: 'What facilities offer, by the region whose people they serve, type, facility, dates; `available=true` for open slots with places left.' })
  list(@Query() query: SlotQuery): Promise<SlotPageDto> {
    return this.slots.list(query);
  }

  @Read('service-slots/:id', SlotDto, { summary: '时段 · One slot' })
  get(@Param('id', uuidParam('id')) id: string): Promise<SlotDto> {
    return this.slots.get(id);
  }

  @Action('service-slots/:id/cancel', SlotDto, { roles: PROVIDERS, summary: '取消时段 · Cancel a slot', description: 'Its bookings are cancelled with it; their subsidies return to the allowances.' })
  cancel(@Param('id', uuidParam('id')) id: string, @Body() body: ReasonDto, @Scope() scope: AccessScope): Promise<SlotDto> {
    return this.slots.cancel(id, body.reason, scope);
  }
}

@ApiTags('services 居家社区服务')
@ApiBearerAuth()
@Controller()
export class ServiceOrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly subsidies: SubsidiesService,
  ) {}

  @Post('service-orders')
  @ApiErrors(422)
  @Roles(...BOOKERS)
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '同一账号同一键只生成一个订单 · The same key from the same account makes one order, never two' })
  @ApiOperation({
    summary: '预约服务 · Book a service',
    description:
      'For a person the caller may act for (a family member: their relative). 409 for a full or cancelled slot or a second booking of the person; 422 for a slot that has begun or ' +
      'lies outside the area the person lives in. The price splits into subsidy and self-pay at booking. Repeating a request with its key returns the same order (header Idempotent-Replayed).',
  })
  @ApiCreatedResponse({ type: OrderDto })
  async book(
    @Body() body: BookDto,
    @Headers('idempotency-key') key: string | undefined,
    @Scope() scope: AccessScope,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OrderDto> {
    const { order, replayed } = await this.orders.book(body, key, scope);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return order;
  }

  @Read('service-slots/:id/quote', QuoteDto, {
    roles: BOOKERS,
    summary: '预约报价 · What a booking would cost',
    description:
      'Before confirming: the slot\'s price split into subsidy and self-pay as booking the person now would split it, and the month\'s allowance used and left. ' +
      'For a person the caller may act for (404 otherwise). The booking itself splits again when it is made.',
  })
  quote(@Param('id', uuidParam('id')) id: string, @Query() query: QuoteQuery, @Scope() scope: AccessScope): Promise<QuoteDto> {
    return this.orders.quote(id, query.residentId, scope);
  }

  @Read('service-orders', OrderPageDto, { summary: '订单 · Orders', description: 'A family sees its relative\'s, a provider the orders of its slots, an officer those of the region. Reads are audited.' })
  list(@Query() query: OrderQuery, @Scope() scope: AccessScope): Promise<OrderPageDto> {
    return this.orders.list(query, scope);
  }

  @Read('service-orders/:id', OrderDto, { summary: '订单 · One order', description: 'With check-in and check-out times and who checked in: did anyone come today?' })
  get(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<OrderDto> {
    return this.orders.get(id, scope);
  }

  @Action('service-orders/:id/cancel', OrderDto, { roles: BOOKERS, summary: '取消订单 · Cancel a booking', description: 'Until the service type\'s cut-off before the start (409 after); the subsidy returns to the allowance.' })
  cancel(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<OrderDto> {
    return this.orders.cancel(id, scope);
  }

  @Action('service-orders/:id/check-in', OrderDto, { roles: PROVIDERS, summary: '签到 · Check in', description: 'By the provider (404 for another provider\'s order), from two hours before the start until the no-show grace after the end.' })
  checkIn(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<OrderDto> {
    return this.orders.checkIn(id, scope);
  }

  @Action('service-orders/:id/complete', OrderDto, { roles: PROVIDERS, summary: '签退（完成）· Check out: done', description: 'A caring visit (探访) is recorded as a visit, with its outcome.' })
  complete(@Param('id', uuidParam('id')) id: string, @Body() body: CompleteDto, @Scope() scope: AccessScope): Promise<OrderDto> {
    return this.orders.complete(id, body, scope);
  }

  @Action('service-orders/:id/no-show', OrderDto, {
    roles: PROVIDERS,
    summary: '记为未到 · Mark a no-show',
    description: 'By the provider, once the slot has begun and nobody checked in (409 before, or for an order checked in, done or cancelled). The sweep marks the rest after the no-show grace.',
  })
  noShow(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<OrderDto> {
    return this.orders.markNoShow(id, scope);
  }

  @Action('service-orders/:id/rate', OrderDto, { roles: BOOKERS, summary: '评价 · Rate a completed service', description: 'Once, by whoever acts for the person.' })
  rate(@Param('id', uuidParam('id')) id: string, @Body() body: RateDto, @Scope() scope: AccessScope): Promise<OrderDto> {
    return this.orders.rate(id, body, scope);
  }

  @Create('subsidy-rules', SubsidyRuleDto, {
    roles: [Role.Admin, Role.CivilAffairs],
    summary: '补贴规则 · Add a subsidy rule',
    description: 'Who (conditions on categories, assessed level, age; 户籍 in the region) and what: monthly allowance, vouchers (per-order cap × orders a month), share of the price, service types.',
  })
  createRule(@Body() body: SubsidyRuleInputDto, @Scope() scope: AccessScope): Promise<SubsidyRuleDto> {
    return this.subsidies.createRule(body, scope);
  }

  @Read('subsidy-rules', [SubsidyRuleDto], { roles: [Role.Admin, Role.CivilAffairs], summary: '补贴规则 · Subsidy rules', description: 'Those of the caller\'s region, above and below it.' })
  rules(@Scope() scope: AccessScope): Promise<SubsidyRuleDto[]> {
    return this.subsidies.listRules(scope);
  }

  @Read('residents/:id/service-statement', ResidentStatementDto, { summary: '个人月结单 · A person\'s monthly statement', description: 'Services delivered with price, subsidy and self-pay (cents and yuan), and the allowance used and left. A facility serving the person sees the lines of the orders it provided or booked, not those of other facilities.' })
  residentStatement(@Param('id', uuidParam('id')) id: string, @Query() query: MonthQuery, @Scope() scope: AccessScope): Promise<ResidentStatementDto> {
    return this.subsidies.residentStatement(id, query.month, scope);
  }

  @Read('facilities/:id/service-statement', ProviderStatementDto, { roles: PROVIDERS, summary: '服务商月结单 · A provider\'s monthly statement', description: 'Delivered orders by type: the subsidy to claim, the self-pay collected.' })
  providerStatement(@Param('id', uuidParam('id')) id: string, @Query() query: MonthQuery, @Scope() scope: AccessScope): Promise<ProviderStatementDto> {
    return this.subsidies.providerStatement(id, query.month, scope);
  }
}

@ApiTags('visits 探访关爱')
@ApiBearerAuth()
@Controller()
export class VisitsController {
  constructor(private readonly visits: VisitsService) {}

  @Put('residents/:id/visit-plan')
  @Roles(...PROVIDERS)
  @ApiOperation({
    summary: '探访计划 · Set how often a person is visited, and by whom',
    description: 'The visiting facility is the one named (yours) or your one facility serving the person. A plan another facility holds is theirs: 403 for other facilities; officers of the person\'s region may change it.',
  })
  @ApiForbiddenResponse({ description: 'The plan is held by another facility' })
  @ApiOkResponse({ type: VisitPlanInputDto })
  setPlan(@Param('id', uuidParam('id')) id: string, @Body() body: VisitPlanInputDto, @Scope() scope: AccessScope): Promise<VisitPlanInputDto> {
    return this.visits.setPlan(id, body, scope);
  }

  @Create('residents/:id/visits', VisitDto, { roles: PROVIDERS, summary: '记录探访 · Record a visit', description: 'In person, by phone or video, or by online monitoring; what was found. Filed under the facility named (yours) or your one facility serving the person.' })
  record(@Param('id', uuidParam('id')) id: string, @Body() body: VisitInputDto, @Scope() scope: AccessScope): Promise<VisitDto> {
    return this.visits.record(id, body, scope);
  }

  @Read('residents/:id/visits', [VisitDto], { summary: '探访记录 · Visits, newest first', description: 'Family members see their relative\'s; officers of the person\'s region all; a facility serving the person the visits it made. 200 a page unless `limit` says fewer; `page` for older ones.' })
  list(@Param('id', uuidParam('id')) id: string, @Query() query: VisitListQuery, @Scope() scope: AccessScope): Promise<VisitDto[]> {
    return this.visits.list(id, query, scope);
  }

  @Read('visits/due', [DueVisitDto], { roles: PROVIDERS, summary: '待探访 · Due for a visit', description: 'People living alone, empty-nest or left behind (60+, at home) with no visit yet this week (or month, per their plan): those never visited first, then the longest unvisited. 500 a page unless `limit` says fewer; `page` for the rest.' })
  due(@Query() query: DueVisitsQuery, @Scope() scope: AccessScope): Promise<DueVisitDto[]> {
    return this.visits.due(query, scope);
  }

  @Read('visits/rate', VisitRateDto, {
    roles: PROVIDERS,
    summary: '探访率 · Visit rate',
    description: 'People on the roster and those visited in the week (Monday–Sunday) or month, for the region and per township: the data of the visit-rate indicator. A visit where nobody was home does not count.',
  })
  rate(@Query() query: VisitRateQuery, @Scope() scope: AccessScope): Promise<VisitRateDto> {
    return this.visits.rate(query, scope);
  }
}
