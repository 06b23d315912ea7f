import { ApiProperty } from '@nestjs/swagger';
import { IsInstant, Omittable } from '@yiyang/core';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { NOTIFICATION_CHANNELS, SAFETY_RISKS, type SafetyRisk } from '../domain/safety-risks';
import type { Incident } from '../safety.entity';

export class IncidentInputDto {
  @ApiProperty({ description: '发生时间 · Occurred at (ISO 8601)', example: '2025-06-03T07:40:00+08:00' })
  @IsInstant()
  occurredAt: string;

  @ApiProperty({ enum: [...SAFETY_RISKS, 'other'], description: '风险类别 · Risk' })
  @IsIn([...SAFETY_RISKS, 'other'])
  risk: SafetyRisk | 'other';

  @ApiProperty({ description: '经过 · What happened' })
  @IsString()
  @Length(1, 4000)
  description: string;

  @ApiProperty({ required: false, description: '处置 · Handling' })
  @Omittable()
  @IsString()
  @Length(1, 4000)
  handling?: string;

  @ApiProperty({ required: false, description: '告知家属时间 · Family told at' })
  @Omittable()
  @IsInstant()
  familyNotifiedAt?: string;

  @ApiProperty({ enum: NOTIFICATION_CHANNELS, required: false, description: '告知方式 · How' })
  @Omittable()
  @IsIn(NOTIFICATION_CHANNELS)
  notificationChannel?: string;

  @ApiProperty({ required: false, description: '告知对象 · Who was told' })
  @Omittable()
  @IsString()
  @Length(1, 100)
  notifiedPerson?: string;

  @ApiProperty({
    required: false,
    format: 'uuid',
    description: '记录机构 · The facility recording it (yours); omitted: your one facility serving the person. Only its staff, the family and officers of the person\'s region see the incident',
  })
  @Omittable()
  @IsUUID()
  facilityId?: string;
}

export class IncidentDto extends IncidentInputDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty({ nullable: true, type: String }) reviewedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) reviewNotes: string | null;
}

export function mapIncident(row: Incident): IncidentDto {
  return {
    id: row.id,
    residentId: row.residentId,
    occurredAt: new Date(row.occurredAt).toISOString(),
    risk: row.risk,
    description: row.description,
    handling: row.handling ?? undefined,
    familyNotifiedAt: row.familyNotifiedAt ? new Date(row.familyNotifiedAt).toISOString() : undefined,
    notificationChannel: row.notificationChannel ?? undefined,
    notifiedPerson: row.notifiedPerson ?? undefined,
    facilityId: row.facilityId ?? undefined,
    reviewedAt: row.reviewedAt ? new Date(row.reviewedAt).toISOString() : null,
    reviewNotes: row.reviewNotes,
  };
}
