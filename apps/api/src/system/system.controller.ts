import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles, type AuthUser } from '@yiyang/auth';
import { JobQueue, QueueHeartbeatService, QueueName } from '@yiyang/core';
import type { Request, Response } from 'express';
import { QueueDashboard, QueueDashboardSessionDto } from './queue-dashboard';

class QueueStatusDto {
  @ApiProperty({ enum: QueueName })
  queue: QueueName;
  @ApiProperty() waiting: number;
  @ApiProperty() delayed: number;
  @ApiProperty() active: number;
  @ApiProperty() completed: number;
  @ApiProperty() failed: number;
  @ApiProperty({ description: '最近一次处理该队列任务的时间 · When a job of this queue last ran', nullable: true, type: String, format: 'date-time' })
  lastProcessedAt: string | null;
  @ApiProperty({ description: '处理该任务的进程 · Process that ran it', nullable: true, type: String })
  lastProcessedBy: string | null;
}

class JobsStatusDto {
  @ApiProperty({ enum: ['bullmq', 'in-process'], description: 'BullMQ on Redis, or in-process without REDIS_URL' })
  mode: 'bullmq' | 'in-process';
  @ApiProperty({ type: [QueueStatusDto] })
  queues: QueueStatusDto[];
}

@ApiTags('system 系统')
@ApiBearerAuth()
@Controller('system')
export class SystemController {
  constructor(
    private readonly jobs: JobQueue,
    private readonly heartbeats: QueueHeartbeatService,
    private readonly dashboard: QueueDashboard,
  ) {}

  @Get('jobs')
  @Roles(Role.Admin)
  @ApiOperation({ summary: '任务队列状态 · Job queues', description: 'Counts per queue and when a worker last processed each one.' })
  @ApiOkResponse({ type: JobsStatusDto })
  @ApiServiceUnavailableResponse({ description: 'Redis is down; Retry-After says when to try again' })
  async status(): Promise<JobsStatusDto> {
    const [counts, beats] = await Promise.all([this.jobs.counts(), this.heartbeats.lastBeats()]);
    return {
      mode: this.jobs.mode,
      queues: counts.map((count) => {
        const beat = beats.find((b) => b.queue === count.queue);
        return { ...count, lastProcessedAt: beat?.beatAt.toISOString() ?? null, lastProcessedBy: beat?.processedBy ?? null };
      }),
    };
  }

  @Post('queue-dashboard/session')
  @Roles(Role.Admin)
  @HttpCode(200)
  @ApiOperation({
    summary: '打开任务队列面板 · Open the queue dashboard',
    description:
      'Sets an HttpOnly cookie (15 minutes, Path=/api/admin/queues) with which this browser may open the bull-board dashboard at /api/admin/queues; audited. 404 when jobs run in-process (no REDIS_URL).',
  })
  @ApiOkResponse({ type: QueueDashboardSessionDto })
  @ApiNotFoundResponse({ description: 'Jobs run in-process: the dashboard needs REDIS_URL' })
  openQueueDashboard(
    @CurrentUser() user: AuthUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<QueueDashboardSessionDto> {
    return this.dashboard.openSession(user, request, response);
  }
}
