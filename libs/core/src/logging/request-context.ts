import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is asking and under which request id; carried through async calls so logs and audit rows can name them. */
export interface RequestContext {
  requestId: string;
  ip?: string;
  userId?: string;
  role?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
  /** Adds the authenticated user to the current request's context. */
  setUser(userId: string, role: string): void {
    const store = storage.getStore();
    if (store) {
      store.userId = userId;
      store.role = role;
    }
  },
};
