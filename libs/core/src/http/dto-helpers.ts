import { applyDecorators, type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import * as transformer from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, ValidateIf, ValidateNested } from 'class-validator';
import { IsDateOnly } from './date-only.decorator';

/** May be left out, but not sent as null: `null` is validated like any other value and refused. */
export const Omittable = () => ValidateIf((_object, value) => value !== undefined);

/** May be left out, or sent as null to clear the field. */
export const Clearable = () => ValidateIf((_object, value) => value !== undefined && value !== null);

/** An id a list may be narrowed to (`?facilityId=`), left out for all. */
export const OptionalUuid = (description?: string) =>
  applyDecorators(IsUUID(), IsOptional(), ApiProperty({ required: false, format: 'uuid', description }));

/** A date a list may be narrowed by (`?from=`), left out for none. */
export const OptionalDate = (description: string, example?: string) =>
  applyDecorators(IsDateOnly(), IsOptional(), ApiProperty({ required: false, description, example }));

/** One of `values` a list may be narrowed to (`?kind=`), left out for all. */
export const OptionalOneOf = (values: readonly string[], description: string) =>
  applyDecorators(IsIn(values), IsOptional(), ApiProperty({ enum: values, required: false, description }));

/** A yes/no that may be left out (left as it is), but not sent as null. */
export const OmittableBoolean = (description: string) =>
  applyDecorators(IsBoolean(), Omittable(), ApiProperty({ required: false, description }));

/**
 * A list of `item` objects, each validated as one. IsObject refuses an array item ([[]]): it passes ValidateNested as
 * a nested list of DTOs and reached the service (500).
 */
export const NestedList = (item: Type) =>
  applyDecorators(transformer.Type(() => item), ValidateNested({ each: true }), IsObject({ each: true }));

/** A name in Chinese and English, as responses carry enum labels. */
export class LabelDto {
  @ApiProperty({ example: '养老机构' })
  zh: string;

  @ApiProperty({ example: 'Elderly-care institution' })
  en: string;
}

/** The OpenAPI schema of `{ items, total, page, limit }` for one item type. */
export function PageDtoOf<T>(item: Type<T>) {
  class PageDto {
    @ApiProperty({ type: [item] })
    items: T[];

    @ApiProperty({ description: '总数 · Matching items in all pages' })
    total: number;

    @ApiProperty()
    page: number;

    @ApiProperty()
    limit: number;
  }
  Object.defineProperty(PageDto, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  return PageDto;
}

/** Closing something from a date on (a facility, a bed). */
export class ClosingDto {
  @ApiProperty({ description: '关闭日期：当日起不再计入 · First day closed', example: '2025-07-01' })
  @IsDateOnly()
  on: string;

  @ApiProperty({ required: false, description: '原因 · Reason' })
  @Omittable()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

/** `%text%` for LIKE, with the caller's own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
