import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { EntityManager } from 'typeorm';

export const MAX_PAGE_SIZE = 100;
/**
 * Far past any real list, and small enough that the offset stays a plain integer: TypeORM writes OFFSET as the
 * number's text, and page=1e308 became `OFFSET 1e+308`, a syntax error (500).
 */
export const MAX_PAGE = 1_000_000;

/**
 * The `page` and `limit` query of a list whose pages hold `defaultSize` items unless the caller asks for another size,
 * at most `maxSize`.
 */
export function PageQueryOf(defaultSize: number, maxSize = MAX_PAGE_SIZE) {
  class PageQuery {
    @ApiProperty({ description: '页码，从 1 开始 · Page number, from 1', type: 'integer', required: false, default: 1, minimum: 1, maximum: MAX_PAGE })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(MAX_PAGE)
    page = 1;

    @ApiProperty({ description: '每页条数 · Items per page', type: 'integer', required: false, default: defaultSize, minimum: 1, maximum: maxSize })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(maxSize)
    limit = defaultSize;
  }
  return PageQuery;
}

export class PageQueryDto extends PageQueryOf(20) {}

/**
 * Rows before the page. Not a member of the query: `?offset=5` then is an unknown property, refused with a 400 like
 * any other (as a getter it broke the query's transformation, a 500; as a method it was silently skipped).
 */
export function offsetOf(query: { page: number; limit: number }): number {
  return (query.page - 1) * query.limit;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export function toPage<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
  return { items, total, page: query.page, limit: query.limit };
}

/** The same page with each item mapped (rows to their response DTO). */
export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  return { ...page, items: page.items.map(map) };
}

/**
 * One page of a raw-SQL list, the one way to write count-plus-page: `count` is the `FROM … WHERE …` the total is
 * counted over, `rows` the full ordered SELECT (ORDER BY must make the order total, e.g. end on the id); the page's
 * LIMIT and OFFSET are bound after `params`. `rowParams` is for rows that bind more than the count does (PostgreSQL
 * refuses parameters a statement does not use): it extends `params`.
 */
export async function selectPage<Row>(
  manager: EntityManager,
  sql: { count: string; rows: string; params: unknown[]; rowParams?: unknown[] },
  query: { page: number; limit: number },
): Promise<Page<Row>> {
  const [{ total }] = await manager.query(`SELECT count(*)::int AS total ${sql.count}`, sql.params);
  const params = [...sql.params, ...(sql.rowParams ?? [])];
  const items: Row[] = await manager.query(`${sql.rows} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, query.limit, offsetOf(query)]);
  return { items, total, page: query.page, limit: query.limit };
}
