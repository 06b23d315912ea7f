import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { regionKeys } from './keys';
import type { Region } from './types';

/** The API's largest page (MAX_PAGE_SIZE): it refuses a larger `limit` with a 400. */
const PAGE_SIZE = 100;

/**
 * The direct children of a region (a tree's expand), every page of them: a county has at most a few hundred, a
 * township's villages and communities can pass a hundred.
 */
export const regionChildrenQuery = (parentCode: string) => ({
  queryKey: regionKeys.children(parentCode),
  queryFn: async () => {
    const children: Region[] = [];
    for (let page = 1; ; page++) {
      const answer = await unwrap(api.GET('/api/v1/regions', { params: { query: { parentCode, page, limit: PAGE_SIZE } } }));
      children.push(...answer.items);
      if (answer.items.length < PAGE_SIZE || children.length >= answer.total) return children;
    }
  },
  staleTime: Infinity,
});

/** The top of the tree for a person who sees everything: the provinces. */
export const regionRootsQuery = () => ({
  queryKey: regionKeys.roots(),
  queryFn: () => unwrap(api.GET('/api/v1/regions', { params: { query: { level: 'province', limit: 100 } } })).then((page) => page.items),
  staleTime: Infinity,
});
