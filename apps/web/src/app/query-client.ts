import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@web/api/api-error';

/**
 * Server state lives in TanStack Query. A refusal (4xx) is an answer, not a glitch: it is not retried; a dropped
 * connection or a 5xx is retried twice.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
    },
  },
});
