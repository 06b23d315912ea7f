import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable, NotFoundException, type OnModuleInit, UnauthorizedException } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { auditEvent, AuditService, AuthService, type AuthUser, bearerToken, Role } from '@yiyang/auth';
import { AppConfig, BullJobQueue, JobQueue, QUEUE_DASHBOARD_PATH, ROOT_LOGGER, type RootLogger } from '@yiyang/core';
import type { Express, NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';

/** A retry, clean or pause through the dashboard: the route and its parameters. */
const QueueDashboardAction = auditEvent<null, { method: string; route: string }>('queue', 'queue_dashboard_action');
/** An administrator opened the dashboard: until when the session lasts. */
const QueueDashboardOpened = auditEvent<null, { expiresAt: string }>('user', 'open_queue_dashboard');

export const QUEUE_DASHBOARD_COOKIE = 'yiyang_queue_dashboard';
export const QUEUE_DASHBOARD_SESSION_PATH = '/api/v1/system/queue-dashboard/session';
/** Its own audience: the cookie opens the dashboard and nothing else, and an API token's audience does not fit it. */
const DASHBOARD_AUDIENCE = 'yiyang-queue-dashboard';
const SESSION_SECONDS = 15 * 60;
const NEEDS_REDIS =
  'The queue dashboard needs BullMQ: set REDIS_URL. With in-process jobs GET /api/v1/system/jobs shows the counts per queue.';

export class QueueDashboardSessionDto {
  @ApiProperty({ example: QUEUE_DASHBOARD_PATH, description: '在浏览器中打开 · Open this in the same browser' })
  url: string;
  @ApiProperty({ type: String, format: 'date-time', description: '会话到期 · When the cookie stops working' })
  expiresAt: string;
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim() || undefined;
  }
  return undefined;
}

/**
 * bull-board for administrators at QUEUE_DASHBOARD_PATH, over the API's own BullMQ queues. Its page calls its JSON API
 * from the browser, which sends cookies but no bearer token, so access rides on a short-lived cookie that
 * POST …/queue-dashboard/session sets; every request still passes the guard's checks (AuthService.admit).
 * Without Redis there is nothing for it to show, and the path answers 404.
 */
@Injectable()
export class QueueDashboard implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ROOT_LOGGER) private readonly logger: RootLogger,
  ) {}

  /**
   * Mounted from onModuleInit, which Nest runs after its own routes and before its not-found and exception handlers,
   * so an error passed on here reaches the global filter and gets the API's error shape.
   */
  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter.getInstance<Express>();
    const jobs = this.jobs;
    if (!(jobs instanceof BullJobQueue)) {
      app.use(QUEUE_DASHBOARD_PATH, (_request: Request, _response: Response, next: NextFunction) => next(new NotFoundException(NEEDS_REDIS)));
      return;
    }
    const board = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: jobs.bullQueues().map((queue) => new BullMQAdapter(queue)),
      serverAdapter: board,
      options: {
        uiConfig: { boardTitle: 'Yiyang 颐养 · 任务队列' },
        // Retrying, cleaning or pausing changes what the workers do: each is audited, and refused if that fails.
        handlerHooks: {
          before: async ({ method, route, request }) => {
            if (method === 'get') return;
            const { queueName, ...params } = request.params as Record<string, string>;
            try {
              await this.audit.record(this.dataSource.manager, QueueDashboardAction, {
                entityId: queueName ?? null,
                after: { method, route, ...params },
              });
            } catch (error) {
              // bull-board turns a failing hook into a bare 500; the reason goes to the log.
              this.logger.error({ err: error, route }, 'queue dashboard action not audited, refused');
              throw error;
            }
          },
        },
      },
    });
    const router = board.getRouter() as Express;
    router.disable('x-powered-by');
    app.use(
      QUEUE_DASHBOARD_PATH,
      (request: Request, response: Response, next: NextFunction) => {
        // Job data and counts are for the administrator who asked, not for a shared cache.
        if (!request.path.startsWith('/static/')) response.setHeader('Cache-Control', 'no-store');
        // bull-board would answer a bare 500 while Redis is away; the API's 503 with Retry-After says what is wrong.
        this.admitAdmin(request).then(() => (request.path.startsWith('/static/') ? undefined : jobs.ensureAvailable())).then(() => next(), next);
      },
      router,
    );
  }

  /** A bearer token (scripts, curl) or the session cookie (the browser); either way the account is checked now. */
  private admitAdmin(request: Request): Promise<AuthUser> {
    const bearer = bearerToken(request.headers.authorization);
    if (bearer) return this.auth.admit(bearer, [Role.Admin]);
    const session = cookie(request.headers.cookie, QUEUE_DASHBOARD_COOKIE);
    if (!session) {
      return Promise.reject(new UnauthorizedException(`No dashboard session: POST ${QUEUE_DASHBOARD_SESSION_PATH} with an administrator's token first`));
    }
    return this.auth.admit(session, [Role.Admin], DASHBOARD_AUDIENCE);
  }

  /** Sets the dashboard cookie for the calling administrator, audited. */
  async openSession(user: AuthUser, request: Request, response: Response): Promise<QueueDashboardSessionDto> {
    if (!(this.jobs instanceof BullJobQueue)) throw new NotFoundException(NEEDS_REDIS);
    const { token, expiresAt } = await this.auth.issueAudienceToken(user, DASHBOARD_AUDIENCE, SESSION_SECONDS);
    await this.audit.record(this.dataSource.manager, QueueDashboardOpened, {
      entityId: user.id,
      after: { expiresAt: expiresAt.toISOString() },
    });
    response.cookie(QUEUE_DASHBOARD_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      // req.secure follows X-Forwarded-Proto only from the proxies TRUST_PROXY names; an https PUBLIC_URL says the
      // browser reaches Yiyang over TLS even when the proxy in front does not say so.
      secure: request.secure || this.config.publicBaseUrl.startsWith('https:'),
      path: QUEUE_DASHBOARD_PATH,
      expires: expiresAt,
    });
    return { url: QUEUE_DASHBOARD_PATH, expiresAt: expiresAt.toISOString() };
  }
}
