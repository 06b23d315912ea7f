import { sessionStore } from '@web/modules/auth/utils/session-store';

/** The service worker's cache of API reads (public/sw.js): personal data, so it goes when the session does. */
const API_CACHE = 'yiyang-api-v1';

export interface DataAge {
  online: boolean;
  /** When the data shown was fetched, if the last read came from the cache rather than the network. */
  cachedAt: number | null;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let state: DataAge = { online: typeof navigator === 'undefined' ? true : navigator.onLine, cachedAt: null };

function set(next: Partial<DataAge>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: whether the device is online, and the age of the data when it came from the cache. */
export const dataAge = {
  current: (): DataAge => state,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Installs the service worker for families only (built app only: the dev server's modules are not an app shell),
 * listens for what it says about the data's age, and deletes its API cache when the session ends or another person
 * signs in, so the next person on a shared phone never sees the last one's relatives offline. Staff at a home or an
 * office read live, shared records (a bed board, a queue) that a copy from the cache would misstate: when one of them
 * signs in on a device where a family used the app, the worker is removed.
 */
export function startOfflineSupport(): void {
  globalThis.addEventListener?.('online', () => set({ online: true, cachedAt: null }));
  globalThis.addEventListener?.('offline', () => set({ online: false }));
  const worker = import.meta.env.PROD && 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  worker?.addEventListener('message', (event: MessageEvent<{ type?: string; fetchedAt?: number | null }>) => {
    if (event.data?.type === 'yiyang-data-age') set({ cachedAt: event.data.fetchedAt ?? null });
  });
  let user = sessionStore.current()?.user.id ?? null;
  const follow = () => {
    const session = sessionStore.current();
    if ((session?.user.id ?? null) !== user && globalThis.caches) void caches.delete(API_CACHE);
    user = session?.user.id ?? null;
    if (!worker || !session) return;
    if (session.user.role === 'family') void worker.register('/sw.js').catch(() => undefined);
    else void worker.getRegistrations().then((registrations) => Promise.all(registrations.map((registration) => registration.unregister())));
  };
  sessionStore.subscribe(follow);
  // After the page has loaded, so the worker's own downloads never compete with the first render.
  if (document.readyState === 'complete') follow();
  else globalThis.addEventListener('load', follow, { once: true });
}
