import { useSyncExternalStore } from 'react';
import { sessionStore, type Session } from '../utils/session-store';

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.current);
}
