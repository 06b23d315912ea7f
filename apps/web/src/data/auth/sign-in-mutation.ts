import { useMutation } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { sessionStore } from '@web/modules/auth/utils/session-store';

export interface SignInVariables {
  username: string;
  password: string;
}

/** Signs in and starts the session; the token's lifetime comes from the answer. */
export function useSignInMutation() {
  return useMutation({
    mutationFn: async ({ username, password }: SignInVariables) => {
      const answer = await unwrap(api.POST('/api/v1/auth/login', { body: { username, password } }));
      sessionStore.start({ token: answer.accessToken, expiresAt: Date.now() + answer.expiresIn * 1000, user: answer.user });
      return answer.user;
    },
  });
}
