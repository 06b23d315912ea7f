import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REQUEST_ID_HEADER, type AppConfig, type StartUpPhase, type StartUpProgress, type StartUpStatus } from '@yiyang/core';

/** Seconds a client is asked to wait before it tries again (Retry-After, and the page's refresh). */
const RETRY_AFTER_SECONDS = 2;

const PHASES: Record<StartUpPhase, { zh: string; en: string }> = {
  database: { zh: '启动内置数据库', en: 'starting the embedded database' },
  migrations: { zh: '更新数据库结构', en: 'applying database migrations' },
  application: { zh: '启动应用', en: 'starting the application' },
  demo: { zh: '首次启动：载入五个规划地区的演示数据', en: 'first start: loading the demo data of the five plan areas' },
  kpi: { zh: '准备指标数据', en: 'preparing the KPI figures' },
};

export interface StartingServer {
  server: Server;
  /** http://host:port as a browser on this machine reaches it. */
  url: string;
  /** Hands every request from now on to the application. */
  serve(app: RequestListener): void;
}

/**
 * The HTTP port, open from the first moment of the start-up (a first start with the demo data takes a while), so a
 * browser finds a page that says what is happening instead of "connection refused". Until `serve` hands the server
 * to the application: /health/live answers 200, /health/ready 503 with the progress, /api/* 503 in the API's error
 * shape with Retry-After, and everything else a small page that refreshes itself (no script: the CSP forbids it).
 */
export async function listenWhileStarting(config: AppConfig, progress: StartUpProgress): Promise<StartingServer> {
  const whileStarting: RequestListener = (req, res) => answerWhileStarting(req, res, progress.status());
  const server = createServer(whileStarting);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
    serve(app) {
      server.off('request', whileStarting);
      server.on('request', app);
    },
  };
}

function answerWhileStarting(req: IncomingMessage, res: ServerResponse, status: StartUpStatus): void {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/health/live') return send(res, 200, 'application/json', JSON.stringify({ status: 'ok' }));
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  if (path === '/health/ready') return send(res, 503, 'application/json', JSON.stringify(status));
  if (path === '/api' || path.startsWith('/api/')) {
    const requestId = randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const message = `Yiyang is starting (${PHASES[status.phase].en}${stepOf(status)}); try again in a few seconds`;
    return send(res, 503, 'application/json', JSON.stringify({ statusCode: 503, error: 'Service Unavailable', message, requestId }));
  }
  res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
  res.setHeader('X-Content-Type-Options', 'nosniff');
  send(res, 503, 'text/html; charset=utf-8', startingPage(status));
}

function send(res: ServerResponse, statusCode: number, contentType: string, body: string): void {
  res.writeHead(statusCode, { 'Content-Type': contentType, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function stepOf(status: StartUpStatus): string {
  if (!status.step) return '';
  const count = status.total ? ` ${status.done}/${status.total}` : '';
  const rows = status.rows ? `, ${status.rows.toLocaleString('en-US')} rows` : '';
  return `: ${status.step}${count}${rows}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function startingPage(status: StartUpStatus): string {
  const phase = PHASES[status.phase];
  const percent = status.total ? Math.round((100 * (status.done ?? 0)) / status.total) : null;
  const seconds = Math.round(status.elapsedMs / 1000);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>颐养 Yiyang 正在启动 · starting</title>
<style>
body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 36rem; margin: 15vh auto; padding: 0 1rem; color: #1f1f1f; }
h1 { font-size: 1.4rem; margin-bottom: 0.2rem; }
p { margin: 0.4rem 0; }
.en { color: #595959; }
progress { width: 100%; height: 1rem; margin: 1rem 0 0.4rem; }
</style>
</head>
<body>
<h1>颐养 Yiyang 正在启动</h1>
<p class="en">Yiyang is starting</p>
${percent === null ? '<progress></progress>' : `<progress max="100" value="${percent}">${percent}%</progress>`}
<p>${escapeHtml(phase.zh)}${escapeHtml(stepOf(status))}</p>
<p class="en">${escapeHtml(phase.en)}${escapeHtml(stepOf(status))}</p>
<p>已用 ${seconds} 秒；本页每 ${RETRY_AFTER_SECONDS} 秒自动刷新，就绪后即显示应用。</p>
<p class="en">${seconds} s so far; this page refreshes itself every ${RETRY_AFTER_SECONDS} s and shows the application once it is ready.</p>
</body>
</html>
`;
}
