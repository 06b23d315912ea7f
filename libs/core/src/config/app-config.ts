import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Env, IsTrustProxy, ToBoolean, ToDecimal, ToInteger, ToList, ToTrustProxy, type TrustProxy } from './env.decorator';
import type { TabularLimits } from '../files/tabular-file';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The whole configuration of Yiyang. Every field is bound to one environment variable; `loadConfig()` in this
 * folder is the only code that reads `process.env`. Defaults make `npm start` work on a fresh clone with nothing
 * set: embedded Postgres (PGlite) under DATA_DIR and in-process jobs.
 */
export class AppConfig {
  @Env('NODE_ENV', 'Runtime environment. `production` requires DATABASE_URL, REDIS_URL, JWT_SECRET, DATA_ENCRYPTION_KEYS and DATA_HASH_KEY.')
  @IsIn(NODE_ENVS)
  nodeEnv: NodeEnv = 'development';

  @Env('HOST', 'Address the HTTP server binds to. Use 0.0.0.0 in containers.')
  @IsString()
  host = '127.0.0.1';

  @Env('PORT', 'HTTP port of the API (0 picks a free port).')
  @ToInteger()
  @IsInt()
  @Min(0)
  @Max(65535)
  port = 3000;

  @Env('PUBLIC_URL', 'Address people reach Yiyang at, e.g. https://yiyang.example.gov.cn; bed QR codes point below it. Unset: http://HOST:PORT.')
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  publicUrl?: string;

  @Env(
    'DATABASE_URL',
    'PostgreSQL 15+ connection URL, e.g. postgres://user:pass@host:5432/yiyang. Unset: embedded PGlite under DATA_DIR.',
    { secret: true },
  )
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  databaseUrl?: string;

  @Env('DATABASE_POOL_SIZE', 'Maximum connections in the API or worker pool.')
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(200)
  databasePoolSize = 10;

  @Env(
    'DATABASE_MIGRATE_ON_START',
    'Run pending migrations when a process starts. In production run `npm run migration:run` as its own step instead.',
    { defaultText: 'true when embedded, false with DATABASE_URL' },
  )
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  databaseMigrateOnStart?: boolean;

  @Env('DATA_DIR', 'Folder for embedded-mode state: the PGlite database and the generated JWT secret.')
  @IsString()
  dataDir = '.data';

  @Env('WEB_ROOT', 'Folder of the built web app (`npm run build:web`), served at `/`; the API runs without it when the folder has no index.html.')
  @IsString()
  webRoot = 'apps/web/dist';

  @Env('EMBEDDED_DATABASE_PORT', 'Loopback port of the embedded Postgres wire server (0 picks a free port).')
  @ToInteger()
  @IsInt()
  @Min(0)
  @Max(65535)
  embeddedDatabasePort = 0;

  @Env('REDIS_URL', 'Redis 6.2+ URL for BullMQ and shared rate limits, e.g. redis://host:6379. Unset: jobs run in-process.', {
    secret: true,
  })
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  redisUrl?: string;

  @Env('QUEUE_PREFIX', 'Key prefix of BullMQ queues in Redis; wrap it in {braces} on Redis Cluster.')
  @IsString()
  @Matches(/^[\w{}-]+$/)
  queuePrefix = 'yiyang';

  @Env('JWT_SECRET', 'HMAC secret for access tokens, at least 32 characters. Unset outside production: generated once into DATA_DIR.', {
    secret: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(32)
  jwtSecret?: string;

  @Env(
    'DATA_ENCRYPTION_KEYS',
    'Keys for personal data at rest (身份证 numbers, phones): comma-separated `id:base64` of 32 random bytes, the first encrypts, all decrypt (rotation). Unset outside production: generated once into DATA_DIR.',
    { secret: true },
  )
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'must be id:base64 pairs of 32-byte keys, comma-separated, e.g. k2025:<44 base64 characters>',
  })
  dataEncryptionKeys?: string;

  @Env(
    'DATA_HASH_KEY',
    'HMAC key (base64, 32+ bytes) for finding and de-duplicating people by 身份证 number without storing it. Changing it needs a re-hash. Unset outside production: generated once into DATA_DIR.',
    { secret: true },
  )
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43,}={0,2}$/, { message: 'must be base64 of at least 32 random bytes' })
  dataHashKey?: string;

  @Env('JWT_TTL', 'Lifetime of an access token: a number with s, m, h or d.')
  @Matches(/^\d+[smhd]$/, { message: 'must be a number followed by s, m, h or d, e.g. 8h' })
  jwtTtl = '8h';

  @Env('ADMIN_USERNAME', 'Username of the first administrator (3–64 lower-case letters, digits, ".", "_" or "-"), created at start-up when no administrator exists.')
  @IsString()
  @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'must be 3–64 lower-case letters, digits, ".", "_" or "-"' })
  adminUsername = 'admin';

  @Env(
    'ADMIN_PASSWORD',
    'Password of that first administrator (12+ characters). Unset in embedded mode: the demo password `yiyang-demo-2025` is used and printed.',
    { secret: true },
  )
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  adminPassword?: string;

  @Env(
    'SUBSIDY_LEVEL_WEIGHTS',
    'Weights of an occupied bed by the occupant\'s assessed level (GB/T 42195 0–4) for level-weighted operating subsidies: level:weight pairs; unassessed occupants weigh 1.',
  )
  @Matches(/^[0-4]:\d+(\.\d+)?(,[0-4]:\d+(\.\d+)?)*$/, { message: 'must be level:weight pairs, e.g. 0:1,1:1.5,2:2,3:3,4:3' })
  subsidyLevelWeights = '0:1,1:1.5,2:2,3:3,4:3';

  @Env('LOGIN_RATE_LIMIT', 'Failed logins allowed per client address and username (five times as many per address) before 429 until the window ends; a successful login resets the count.')
  @ToInteger()
  @IsInt()
  @Min(1)
  loginRateLimit = 10;

  @Env('LOGIN_RATE_WINDOW_SECONDS', 'Window in which failed logins are counted, and how long a blocked login waits.')
  @ToInteger()
  @IsInt()
  @Min(1)
  loginRateWindowSeconds = 300;

  @Env('CORS_ORIGINS', 'Comma-separated origins allowed to call the API from a browser. Empty: same origin only.')
  @ToList()
  @IsUrl({ require_tld: false, require_protocol: true }, { each: true })
  corsOrigins: string[] = [];

  @Env(
    'TRUST_PROXY',
    'Reverse proxies whose X-Forwarded-For is believed, so rate limits and the audit log see the real client address: `false`, the number of proxy hops, or a comma list of addresses, CIDR ranges and the words loopback, linklocal, uniquelocal. A bare `true` is refused: any client could then choose its address.',
  )
  @ToTrustProxy()
  @IsTrustProxy()
  trustProxy: TrustProxy = false;

  @Env('LOG_LEVEL', 'Minimum level of the JSON logs: fatal, error, warn, info, debug, trace or silent.')
  @IsIn(LOG_LEVELS)
  logLevel: LogLevel = 'info';

  @Env('OPENAPI_ENABLED', 'Serve the OpenAPI document at /api/docs-json and its viewer at /api/docs.')
  @ToBoolean()
  @IsBoolean()
  openApiEnabled = true;

  @Env(
    'ROLLUP_CONCURRENCY',
    'County jobs of a KPI rollup run at once in one process (a BullMQ worker, or the API running jobs in-process on PostgreSQL). Embedded PGlite runs them one at a time.',
  )
  @ToInteger()
  @IsInt()
  @Min(1)
  @Max(16)
  rollupConcurrency = 2;

  @Env(
    'DEMO_DATA',
    'Load the demo data of the five plan areas (regions, facilities, beds, people, stays, services, plan targets) into an empty database at start-up; with PostgreSQL its months are then rolled up (embedded, they are computed live until rolled up).',
    { defaultText: 'true when embedded, false with DATABASE_URL' },
  )
  @IsOptional()
  @ToBoolean()
  @IsBoolean()
  demoData?: boolean;

  // Linking a registered person to a facility (POST /residents/link): bounded per account, so the ID number and
  // name cannot be guessed in bulk.
  @Env('LINK_RATE_LIMIT', 'Attempts to link a registered person to a facility (found or not) one account may make per window before 429 until it ends.')
  @ToInteger()
  @IsInt()
  @Min(1)
  linkRateLimit = 20;

  @Env('LINK_RATE_WINDOW_SECONDS', 'Window in which link attempts are counted, and how long a blocked account waits.')
  @ToInteger()
  @IsInt()
  @Min(1)
  linkRateWindowSeconds = 3600;

  // The service circle (养老服务圈, docs/kpis.md "service_circle_coverage"): the plan's minutes become a straight-line
  // radius of minutes × speed ÷ detour.

  @Env(
    'SERVICE_CIRCLE_WALKING_SPEED',
    'Walking speed of older people, metres a minute, that turns a service circle\'s minutes into a distance. 60 m/min = 1.0 m/s: the slower older pedestrians of Knoblauch et al. (1996), and 15 minutes ≈ the 800–1,000 m of the 15-minute life circle in GB 50180-2018.',
  )
  @ToInteger()
  @IsInt()
  @Min(20)
  @Max(120)
  serviceCircleWalkingSpeed = 60;

  @Env(
    'SERVICE_CIRCLE_DETOUR_FACTOR',
    'How much longer the walk along streets is than the straight line (route circuity), dividing the walking distance into the circle\'s straight-line radius. 1.3: the middle of the 1.2–1.4 measured for road and pedestrian networks (Ballou et al. 2002; Levinson & El-Geneidy 2009).',
  )
  @ToDecimal()
  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(1)
  @Max(3)
  serviceCircleDetourFactor = 1.3;

  /** No DATABASE_URL: PGlite runs inside the process. */
  get embeddedDatabase(): boolean {
    return !this.databaseUrl;
  }

  /** No REDIS_URL: jobs run in-process instead of on BullMQ. */
  get inProcessJobs(): boolean {
    return !this.redisUrl;
  }

  /** PUBLIC_URL without a trailing slash, or the address the API listens on. */
  get publicBaseUrl(): string {
    return (this.publicUrl ?? `http://${this.host === '0.0.0.0' ? 'localhost' : this.host}:${this.port}`).replace(/\/+$/, '');
  }

  get migrateOnStart(): boolean {
    return this.databaseMigrateOnStart ?? this.embeddedDatabase;
  }

  get loadDemoData(): boolean {
    return this.demoData ?? this.embeddedDatabase;
  }

  // Uploads and imports (docs/security.md, "Uploads and imports").

  @Env('UPLOAD_MAX_BYTES', 'Largest file an import accepts, in bytes. A request whose Content-Length says more is refused with 413 before its body is read; a chunked upload is cut off at this size.')
  @ToInteger()
  @IsInt()
  @Min(1024)
  uploadMaxBytes = 20 * 1024 * 1024;

  @Env('IMPORT_MAX_ROWS', 'Data rows an imported CSV or XLSX may hold; a longer file is refused with 413 (split it).')
  @ToInteger()
  @IsInt()
  @Min(1)
  importMaxRows = 200_000;

  @Env('IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES', 'Bytes all parts of an imported XLSX (a ZIP archive) may inflate to; checked before it is unpacked and again while inflating.')
  @ToInteger()
  @IsInt()
  @Min(1024)
  importXlsxMaxUncompressedBytes = 256 * 1024 * 1024;

  @Env('IMPORT_XLSX_MAX_COMPRESSION_RATIO', 'How many times a part of an imported XLSX larger than 1 MB may expand; a zip bomb expands thousands of times, sheet XML rarely more than 30.')
  @ToInteger()
  @IsInt()
  @Min(2)
  importXlsxMaxCompressionRatio = 100;

  @Env('IMPORT_JOB_THRESHOLD_ROWS', 'Imports of more data rows than this run as a background job: the upload answers 202 with a status resource (GET /api/v1/imports/:id); smaller ones answer at once.')
  @ToInteger()
  @IsInt()
  @Min(0)
  importJobThresholdRows = 5_000;

  /** The limits an uploaded table is read within. */
  get tabularLimits(): TabularLimits {
    return { maxRows: this.importMaxRows, maxUncompressedBytes: this.importXlsxMaxUncompressedBytes, maxCompressionRatio: this.importXlsxMaxCompressionRatio };
  }

  // Embedded mode and shutdown

  @Env(
    'EMBEDDED_STATEMENT_TIMEOUT_MS',
    'Embedded PGlite: a statement that waits longer than this for the single backend (held by another connection\'s transaction) fails with 57014, as under PostgreSQL\'s statement_timeout. 0 waits for ever.',
  )
  @ToInteger()
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  embeddedStatementTimeoutMs = 30_000;

  @Env(
    'SHUTDOWN_GRACE_MS',
    'On SIGTERM or SIGINT, how long requests, jobs and the database get to finish before the process exits anyway, logging what it cut off. Keep it below the orchestrator\'s own limit (10 s in Docker and Kubernetes).',
  )
  @ToInteger()
  @IsInt()
  @Min(100)
  @Max(600_000)
  shutdownGraceMs = 8_000;
}
