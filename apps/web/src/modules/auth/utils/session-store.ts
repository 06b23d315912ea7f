import type { components } from '@web/api/schema';

export type SessionUser = components['schemas']['UserDto'];
export type Role = SessionUser['role'];

export interface Session {
  token: string;
  /** Epoch milliseconds when the token stops working. */
  expiresAt: number;
  user: SessionUser;
}

const STORAGE_KEY = 'yiyang.session';
type Listener = () => void;

/**
 * The signed-in person, kept in localStorage so a reload keeps them signed in (the strict CSP keeps other scripts
 * from reading it). An expired or unreadable entry counts as signed out.
 */
class SessionStore {
  private session: Session | null = this.read();
  private readonly listeners = new Set<Listener>();
  /** Why the last session ended, shown once on the sign-in page. */
  endedBecause: 'expired' | null = null;

  /** Pure (React reads it during render): an expired token reads as signed out; the API's 401 then ends it. */
  current = (): Session | null => (this.session && this.session.expiresAt > Date.now() ? this.session : null);

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(session: Session): void {
    this.endedBecause = null;
    this.set(session);
  }

  end(reason: 'expired' | 'signed-out'): void {
    if (!this.session) return;
    this.endedBecause = reason === 'expired' ? 'expired' : null;
    this.set(null);
  }

  private set(session: Session | null): void {
    this.session = session;
    if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEY);
    for (const listener of this.listeners) listener();
  }

  private read(): Session | null {
    try {
      const session = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Session | null;
      return session && typeof session.token === 'string' && session.expiresAt > Date.now() ? session : null;
    } catch {
      return null;
    }
  }
}

export const sessionStore = new SessionStore();
