import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { bedKeys } from './keys';

/**
 * The bed's QR code (一床一码) as a data: URL. An <img src="/api/…"> cannot send the bearer token, so the SVG is
 * fetched through the client and shown as an image (never inlined as markup: an image runs no script). A bed's code
 * does not change, so it is fetched once per session.
 */
export const bedQrQuery = (bedId: string) =>
  queryOptions({
    queryKey: bedKeys.qr(bedId),
    queryFn: async ({ signal }) => {
      const svg = await unwrap(api.GET('/api/v1/beds/{id}/qr.svg', { params: { path: { id: bedId } }, parseAs: 'text', signal }));
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg as string)}`;
    },
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });

export function useBedQrQuery(bedId: string) {
  return useQuery(bedQrQuery(bedId));
}
