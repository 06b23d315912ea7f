import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck } from '@nestjs/terminus';
import { Public } from '@yiyang/auth';
import { ReadinessService, type ReadinessResult } from '@yiyang/core';

@ApiTags('health 健康检查')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  @ApiOperation({ summary: '存活 · Liveness', description: 'The process answers HTTP.' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: '就绪 · Readiness',
    description:
      'Database answers, every migration is applied, Redis answers when configured: otherwise 503. With BullMQ, also that a worker sent a heartbeat within 3 minutes and every job scheduler exists: otherwise 200 with status `degraded` and `details.jobs.problems` (the API still serves; jobs do not run or recur).',
  })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; `details` says which' })
  ready(): Promise<ReadinessResult> {
    return this.readiness.check();
  }
}
