import { ApiProperty } from '@nestjs/swagger';
import { Clearable, IsDateOnly, maskPhone, Omittable, type PersonalDataCipher } from '@yiyang/core';
import { IsString, Length, Matches } from 'class-validator';
import { boundTo, CAREGIVER_PHONE_PURPOSE } from '../personal-data';
import type { TekunCareAgreement } from './tekun-care-agreement.entity';

const PHONE = /^[0-9+\-() ]{5,30}$/;

export class CareAgreementInputDto {
  @ApiProperty({ description: '受托照料人 · Caregiver', example: '李秀兰' })
  @IsString()
  @Length(1, 100)
  caregiverName: string;

  @ApiProperty({ description: '照料人电话（加密保存，返回脱敏）· Caregiver\'s phone (encrypted, returned masked)', example: '13800001234' })
  @Matches(PHONE, { message: 'caregiverPhone must be a telephone number' })
  caregiverPhone: string;

  @ApiProperty({ required: false, type: String, nullable: true, description: '与老人关系 · Relation to the person', example: '侄女' })
  @Clearable()
  @IsString()
  @Length(1, 50)
  caregiverRelation?: string | null;

  @ApiProperty({ description: '签订日期 · Signed on', example: '2025-03-01' })
  @IsDateOnly()
  signedOn: string;

  @ApiProperty({ required: false, type: String, format: 'date', nullable: true, description: '有效期至（含当日；空：长期）· Last day in force; none: open-ended' })
  @Clearable()
  @IsDateOnly()
  validUntil?: string | null;
}

export class EndCareAgreementDto {
  @ApiProperty({ description: '协议最后有效日（含）· Last day in force', example: '2025-06-30' })
  @IsDateOnly()
  on: string;

  @ApiProperty({ required: false, description: '原因 · Reason' })
  @Omittable()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class CareAgreementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty() caregiverName: string;
  @ApiProperty({ description: '脱敏 · Masked', example: '138****1234' }) caregiverPhone: string;
  @ApiProperty({ nullable: true, type: String }) caregiverRelation: string | null;
  @ApiProperty({ format: 'date' }) signedOn: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: '最后有效日（含）· Last day in force' }) validUntil: string | null;
  @ApiProperty({ description: '今日是否有效 · In force today' }) inForce: boolean;
}

export function mapCareAgreement(row: TekunCareAgreement, cipher: PersonalDataCipher, today: string): CareAgreementDto {
  return {
    id: row.id,
    residentId: row.residentId,
    caregiverName: row.caregiverName,
    caregiverPhone: maskPhone(cipher.decrypt(row.caregiverPhoneEncrypted, boundTo(CAREGIVER_PHONE_PURPOSE, row.id))),
    caregiverRelation: row.caregiverRelation,
    signedOn: row.signedOn,
    validUntil: row.validUntil,
    inForce: row.signedOn <= today && (row.validUntil === null || row.validUntil >= today),
  };
}
