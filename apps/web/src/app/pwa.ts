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
 * Installs the service worker (built app only: the dev server's modules are not an app shell), listens for what it
 * says about the data's age, and deletes its API cache when the session ends or another person signs in, so the next
 * person on a shared phone never sees the last one's relatives offline.
 */
export function startOfflineSupport(): void {
  globalThis.addEventListener?.('online', () => set({ online: true, cachedAt: null }));
  globalThis.addEventListener?.('offline', () => set({ online: false }));
  let user = sessionStore.current()?.user.id ?? null;
  sessionStore.subscribe(() => {
    const now = sessionStore.current()?.user.id ?? null;
    if (now !== user && globalThis.caches) void caches.delete(API_CACHE);
    user = now;
  });
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; fetchedAt?: number | null }>) => {
    if (event.data?.type === 'yiyang-data-age') set({ cachedAt: event.data.fetchedAt ?? null });
  });
  // After the page has loaded, so the worker's own downloads never compete with the first render.
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else globalThis.addEventListener('load', register, { once: true });
}
