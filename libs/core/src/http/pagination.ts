import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
/**
 * Far past any real list, and small enough that the offset stays a plain integer: TypeORM writes OFFSET as the
 * number's text, and page=1e308 became `OFFSET 1e+308`, a syntax error (500).
 */
export const MAX_PAGE = 1_000_000;

export class PageQueryDto {
  @ApiProperty({ description: '页码，从 1 开始 · Page number, from 1', type: 'integer', required: false, default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiProperty({ description: '每页条数 · Items per page', type: 'integer', required: false, default: 20, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 20;

}

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
