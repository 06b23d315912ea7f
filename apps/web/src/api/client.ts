import createClient, { type Middleware } from 'openapi-fetch';
import { sessionStore } from '@web/modules/auth/utils/session-store';
import type { paths } from './schema';

/**
 * The one API client: types generated from the API's OpenAPI document (schema.d.ts), the bearer token of the
 * signed-in person on every request, and a 401 ends the session (the router then sends the person to sign in,
 * remembering the page they were on).
 */
const auth: Middleware = {
  onRequest({ request }) {
    const session = sessionStore.current();
    if (session) request.headers.set('Authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) sessionStore.end('expired');
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(auth);
