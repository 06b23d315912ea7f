import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { describeErrorResponses } from './api-errors';

/** Every tag the controllers use, in the order a reader meets them; @ApiTags names must be one of these. */
const TAGS: [name: string, description: string][] = [
  ['auth 认证', 'Sign in, and who the token belongs to'],
  ['users 用户', 'Accounts, their roles and the region or facility they see'],
  ['regions 行政区划', 'Administrative divisions (12-digit statistical codes) and their older population'],
  ['facilities 养老机构与设施', 'Facilities and stations, their profiles over time, inspections, star ratings and staff'],
  ['beds 床位', 'Beds, their classification over time, and the bed board of a facility'],
  ['residents 老年人', 'Older people, their personal data (encrypted, masked) and family links'],
  ['assessments 能力评估', 'Ability assessments (GB/T 42195), safety risks and incidents'],
  ['admissions 入住', 'Stays: admission, transfer, discharge, occupancy, and the admission policies'],
  ['waitlist 轮候', 'Waiting lists of facilities: applications, bed offers and their answers'],
  ['services 居家社区服务', 'Home and community services: slots, orders, subsidies and statements'],
  ['visits 探访关爱', 'Visit plans and visits to older people living alone'],
  ['kpi 规划指标', 'Planning indicators, their targets, breakdowns and series, and the rollups that compute them'],
  ['reporting 报表期', 'The reporting period closed to changes'],
  ['imports 导入', 'Status of imports that run as jobs'],
  ['system 系统', 'Job queues and the administrators\' queue dashboard'],
  ['health 健康检查', 'Liveness and readiness of the process'],
];

/**
 * The OpenAPI document the web app's client is generated from: every operation needs a bearer token unless it says
 * otherwise (@Public), and every error response has the ApiError schema.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Yiyang 颐养 API')
    .setDescription(
      '养老机构与床位资源平台 · Elderly-care facility and bed-capacity platform. ' +
        'Errors: `{ statusCode, error, message, details?, requestId }` (schema ApiError); lists: `{ items, total, page, limit }`.',
    )
    .setVersion('1')
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    // Relative: the document describes the server that serves it, wherever it is deployed.
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer');
  for (const [name, description] of TAGS) builder.addTag(name, description);
  return describeErrorResponses(SwaggerModule.createDocument(app, builder.build()));
}
