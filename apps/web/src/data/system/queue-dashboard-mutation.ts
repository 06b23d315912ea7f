import { useMutation } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';

/**
 * Opens bull-board: its pages cannot carry the bearer token, so the API first sets a short-lived HttpOnly cookie for
 * this browser (audited), then the dashboard opens in a new window at the address the API names.
 */
export function useQueueDashboardMutation() {
  return useMutation({
    mutationFn: async () => {
      const session = await unwrap(api.POST('/api/v1/system/queue-dashboard/session'));
      window.open(session.url, '_blank', 'noopener');
      return session;
    },
  });
}
