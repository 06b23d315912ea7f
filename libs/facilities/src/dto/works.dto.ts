import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, IsDecimal, IsNotFutureDate, LabelDto, Omittable, OptionalOneOf } from '@yiyang/core';
import { IsBoolean, IsIn, IsString, IsUUID, Length, Min } from 'class-validator';
import { PROJECT_KIND_LABELS, PROJECT_KINDS, type ProjectKind } from '../domain/works';
import type { FacilityProject } from '../facility-project.entity';
import type { InspectionHazard } from '../inspection-hazard.entity';

export class ProjectInputDto {
  @ApiProperty({ enum: PROJECT_KINDS, description: '类型：提升改造 / 消防改造 / 维修改造 / 改扩建 / 新建 · Kind of project' })
  @IsIn(PROJECT_KINDS)
  kind: ProjectKind;

  @ApiProperty({ description: '项目名称 · Title', example: '消防设施提升改造' })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ description: '开工日期 · Started on', example: '2022-03-01' })
  @IsDateOnly()
  startedOn: string;

  @ApiProperty({ required: false, description: '竣工日期（已完工时）· Completed on, if done already', example: '2022-10-31' })
  @Omittable()
  @IsDateOnly()
  @IsNotFutureDate()
  completedOn?: string;

  @ApiProperty({ required: false, description: '投入资金（元）· Funding in yuan', example: 1200000 })
  @Omittable()
  @IsDecimal(2)
  @Min(0)
  fundingYuan?: number;

  @ApiProperty({ required: false, description: '资金来源 · Funding source', example: '中央预算内投资' })
  @Omittable()
  @IsString()
  @Length(1, 200)
  fundingSource?: string;
}

export class CompleteProjectDto {
  @ApiProperty({ description: '竣工日期 · Completed on', example: '2022-10-31' })
  @IsDateOnly()
  @IsNotFutureDate()
  completedOn: string;
}

export class ProjectViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty({ enum: PROJECT_KINDS }) kind: ProjectKind;
  @ApiProperty({ type: LabelDto }) kindLabel: LabelDto;
  @ApiProperty() title: string;
  @ApiProperty() startedOn: string;
  @ApiProperty({ nullable: true, type: String }) completedOn: string | null;
  @ApiProperty({ nullable: true, type: Number }) fundingYuan: number | null;
  @ApiProperty({ nullable: true, type: String }) fundingSource: string | null;
}

export function mapProject(project: FacilityProject): ProjectViewDto {
  const { id, facilityId, kind, title, startedOn, completedOn, fundingYuan, fundingSource } = project;
  return {
    id,
    facilityId,
    kind,
    kindLabel: PROJECT_KIND_LABELS[kind],
    title,
    startedOn,
    completedOn,
    fundingYuan: fundingYuan === null ? null : Number(fundingYuan),
    fundingSource,
  };
}

export class HazardInputDto {
  @ApiProperty({ description: '隐患描述 · What was found', example: '消防通道堵塞' })
  @IsString()
  @Length(1, 2000)
  description: string;

  @ApiProperty({ description: '重大安全隐患 · A major hazard' })
  @IsBoolean()
  major: boolean;

  @ApiProperty({ description: '发现日期 · Found on', example: '2025-05-20' })
  @IsDateOnly()
  @IsNotFutureDate()
  foundOn: string;

  @ApiProperty({ required: false, format: 'uuid', description: '发现该隐患的年度检查 · The inspection that found it' })
  @Omittable()
  @IsUUID()
  inspectionId?: string;
}

export class RectifyHazardDto {
  @ApiProperty({ description: '整改完成日期 · Rectified on', example: '2025-06-10' })
  @IsDateOnly()
  @IsNotFutureDate()
  rectifiedOn: string;
}

export const HAZARD_STATUSES = ['open', 'rectified'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

export class HazardQuery {
  @OptionalOneOf(HAZARD_STATUSES, '未整改 open / 已整改 rectified（默认全部）· Open or rectified (default both)')
  status?: HazardStatus;
}

export class HazardViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) inspectionId: string | null;
  @ApiProperty() description: string;
  @ApiProperty({ description: '重大安全隐患 · Major' }) major: boolean;
  @ApiProperty() foundOn: string;
  @ApiProperty({ nullable: true, type: String }) rectifiedOn: string | null;
}

export function mapHazard(hazard: InspectionHazard): HazardViewDto {
  const { id, facilityId, inspectionId, description, major, foundOn, rectifiedOn } = hazard;
  return { id, facilityId, inspectionId, description, major, foundOn, rectifiedOn };
}
