import { RESIDENT_CATEGORIES } from '@shared/residents/resident-enums';
import type { ResidentCategory, ResidentFilters } from '@web/data/residents/types';

export const PAGE_SIZE = 20;

/** The list's filters from the address (`?q=&category=&page=`), so a link opens the same view; nonsense is dropped. */
export function filtersFromSearch(search: URLSearchParams): ResidentFilters {
  const q = search.get('q')?.trim() || undefined;
  const category = search.get('category');
  const page = Number(search.get('page'));
  return {
    q,
    category: RESIDENT_CATEGORIES.includes(category as ResidentCategory) ? (category as ResidentCategory) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    pageSize: PAGE_SIZE,
  };
}

/** The address of a view: only what differs from the defaults; a new search starts again at page 1. */
export function searchFromFilters(filters: Pick<ResidentFilters, 'q' | 'category' | 'page'>): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.category) search.set('category', filters.category);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}
