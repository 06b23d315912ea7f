import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { regionKeys } from './keys';

/** The direct children of a region (a tree picker's expand), all on one page: a county has at most a few hundred. */
export const regionChildrenQuery = (parentCode: string) => ({
  queryKey: regionKeys.children(parentCode),
  queryFn: () => unwrap(api.GET('/api/v1/regions', { params: { query: { parentCode, limit: 500 } } })).then((page) => page.items),
  staleTime: Infinity,
});

/** The top of the tree for a person who sees everything: the provinces. */
export const regionRootsQuery = () => ({
  queryKey: regionKeys.roots(),
  queryFn: () => unwrap(api.GET('/api/v1/regions', { params: { query: { level: 'province', limit: 100 } } })).then((page) => page.items),
  staleTime: Infinity,
});
