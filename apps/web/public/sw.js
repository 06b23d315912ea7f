/* 颐养 service worker: the app shell from the cache, API reads from the network with the cache as fallback.
 *
 * - Pages (navigations): network first, else the last index.html, so the app opens after a reload on a flaky connection.
 * - /assets/: Vite names them by content hash, so a cached file never goes stale: cache first.
 * - GET /api/ answering JSON: network first; the copy is kept with the time it was fetched, and when the network fails
 *   the copy answers and the page is told how old it is (it shows "数据更新于 HH:mm，当前离线").
 *   Sign-in is never cached; the page deletes the API cache when the session ends or changes hands.
 * - Anything else of this origin (manifest, icons): network first, cache as fallback.
 */
const SHELL = 'yiyang-shell-v1';
const API = 'yiyang-api-v1';
const FETCHED_AT = 'x-yiyang-fetched-at';

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== SHELL && name !== API).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** index.html and what it loads first (its script, style and preloads), so the next start needs no network. */
async function precacheShell() {
  const cache = await caches.open(SHELL);
  const response = await fetch('/', { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put('/', response);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  await cache.addAll([...new Set([...assets, '/manifest.webmanifest', '/favicon.svg'])]).catch(() => undefined);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Copies are written with waitUntil, after the response has gone to the page: the cache never delays a read.
  const keep = (promise) => event.waitUntil(promise);
  if (request.mode === 'navigate') event.respondWith(page(request, keep));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request, keep));
  else if (url.pathname.startsWith('/api/')) {
    if (!url.pathname.startsWith('/api/v1/auth/') && !url.pathname.startsWith('/api/docs')) event.respondWith(apiRead(request, event.clientId, keep));
  } else if (!url.pathname.startsWith('/health')) event.respondWith(other(request, keep));
});

async function page(request, keep) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) keep(cache.put('/', response.clone()));
    return response;
  } catch (error) {
    const shell = await cache.match('/');
    if (shell) return shell;
    throw error;
  }
}

async function asset(request, keep) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) keep(cache.put(request, response.clone()));
  return response;
}

async function other(request, keep) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) keep(cache.put(request, response.clone()));
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

async function apiRead(request, clientId, keep) {
  const cache = await caches.open(API);
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') || '').includes('application/json')) {
      const headers = new Headers(response.headers);
      headers.set(FETCHED_AT, String(Date.now()));
      const copy = response.clone();
      keep(copy.blob().then((body) => cache.put(request, new Response(body, { status: copy.status, statusText: copy.statusText, headers }))));
      tell(clientId, null);
    }
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (!cached) throw error;
    tell(clientId, Number(cached.headers.get(FETCHED_AT)) || null);
    return cached;
  }
}

/** Tells the page whether its data is fresh (null) or a copy from `fetchedAt`. */
async function tell(clientId, fetchedAt) {
  const client = clientId ? await self.clients.get(clientId) : null;
  if (client) client.postMessage({ type: 'yiyang-data-age', fetchedAt });
}
