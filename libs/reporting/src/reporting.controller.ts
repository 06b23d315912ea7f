import { Body, Controller, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Read, Role, Roles } from '@yiyang/auth';
import { IsDateOnly } from '@yiyang/core';
import { ValidateIf } from 'class-validator';
import { ReportingLockService } from './reporting-lock.service';

class ClosedThroughDto {
  @ApiProperty({
    description: '关闭截至日期（含）；null 重新开放 · Last day of the closed periods (inclusive); null reopens all',
    nullable: true,
    type: String,
    example: '2025-05-31',
  })
  @ValidateIf((_object, value) => value !== null)
  @IsDateOnly()
  closedThrough: string | null;
}

@ApiTags('reporting 报表期')
@ApiBearerAuth()
@Controller('reporting')
export class ReportingController {
  constructor(private readonly lock: ReportingLockService) {}

  @Read('closed-through', ClosedThroughDto, { summary: '已关闭报表期 · Closed reporting periods' })
  async get(): Promise<ClosedThroughDto> {
    return { closedThrough: await this.lock.current() };
  }

  @Put('closed-through')
  @Roles(Role.Admin)
  @ApiOperation({
    summary: '关闭报表期 · Close reporting periods',
    description: 'Changes effective on or before this date are refused with 409 (bed reclassification, opening and closing, facility changes).',
  })
  @ApiOkResponse({ type: ClosedThroughDto })
  async put(@Body() body: ClosedThroughDto): Promise<ClosedThroughDto> {
    return { closedThrough: await this.lock.close(body.closedThrough) };
  }
}
