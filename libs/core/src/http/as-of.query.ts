import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDateOnly } from './date-only.decorator';

/** `?date=` of a snapshot read; today in Shanghai when absent. */
export class AsOfQuery {
  @ApiProperty({ required: false, description: '日期（默认今天）· Date of the snapshot, default today', example: '2025-05-31' })
  @IsOptional()
  @IsDateOnly()
  date?: string;
}
