import { ApiProperty } from '@nestjs/swagger';
import { importTemplate, IsDateOnly, IsDecimal, LabelDto, maskIdNumber, Omittable, OptionalDate, OptionalOneOf, OptionalUuid, PageDtoOf, PageQueryDto, type PersonalDataCipher, type RecordImportSpec, REGION_CODE_PATTERN } from '@yiyang/core';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { COURSE_TYPE_LABELS, COURSE_TYPES, type CourseType, traineeBoundTo } from '../domain/course-types';

export class TrainingInputDto {
  @ApiProperty({ enum: COURSE_TYPES, description: '培训类别：养老护理员 / 养老机构管理人员 / 家庭照护者 · Course type' })
  @IsIn(COURSE_TYPES)
  courseType: CourseType;

  @ApiProperty({ description: '培训计入的乡镇（街道）或村（社区）· Township or village the training counts in', example: '500112002000' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ description: '学员姓名 · Trainee\'s name', example: '李秀兰' })
  @IsString()
  @Length(1, 50)
  traineeName: string;

  @ApiProperty({ description: '学员身份证号（加密保存，返回脱敏）· Trainee\'s ID number (encrypted, returned masked)' })
  @IsString()
  @Length(15, 30)
  idNumber: string;

  @ApiProperty({ required: false, format: 'uuid', description: '学员为机构工作人员时 · The staff member, when the trainee is one' })
  @Omittable()
  @IsUUID()
  staffId?: string;

  @ApiProperty({ description: '培训日期 · Trained on', example: '2025-06-12' })
  @IsDateOnly()
  trainedOn: string;

  @ApiProperty({ description: '学时（>0）· Hours (more than 0)', example: 8 })
  @IsDecimal(1)
  @Min(0.1)
  @Max(9999)
  hours: number;

  @ApiProperty({ required: false, description: '培训机构 · Provider' })
  @Omittable()
  @IsString()
  @Length(1, 200)
  provider?: string;

  @ApiProperty({ required: false, default: true, description: '是否免费（默认是）· Free of charge (default yes)' })
  @Omittable()
  @IsBoolean()
  free?: boolean;
}

export class TrainingQuery extends PageQueryDto {
  @ApiProperty({ required: false, description: '区划及下级 · In this region\'s subtree', example: '500112000000' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @OptionalOneOf(COURSE_TYPES, '培训类别 · Course type')
  courseType?: CourseType;

  @OptionalDate('培训日期起（含）· Trained on or after', '2025-01-01')
  from?: string;

  @OptionalDate('培训日期止（含）· Trained on or before', '2025-12-31')
  to?: string;

  @ApiProperty({ required: false, description: '完整身份证号：该学员的全部培训 · A whole ID number: that trainee\'s trainings' })
  @IsOptional()
  @IsString()
  @Length(15, 30)
  idNumber?: string;

  @OptionalUuid('机构工作人员 · Of this staff member')
  staffId?: string;
}

/** A training record as the repository reads it. */
export interface TrainingRow {
  id: string;
  courseType: CourseType;
  regionCode: string;
  regionName: string;
  traineeName: string;
  traineeIdNumberEncrypted: string;
  staffId: string | null;
  trainedOn: string;
  hours: string;
  provider: string | null;
  free: boolean;
  createdAt: Date;
}

export class TrainingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COURSE_TYPES }) courseType: CourseType;
  @ApiProperty({ type: LabelDto }) courseTypeLabel: LabelDto;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() traineeName: string;
  @ApiProperty({ description: '脱敏身份证号 · Masked ID number', example: '500112********002X' }) idNumber: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) staffId: string | null;
  @ApiProperty() trainedOn: string;
  @ApiProperty() hours: number;
  @ApiProperty({ nullable: true, type: String }) provider: string | null;
  @ApiProperty() free: boolean;
  @ApiProperty() createdAt: Date;
}

export class TrainingPageDto extends PageDtoOf(TrainingDto) {}

export function mapTraining(row: TrainingRow, cipher: PersonalDataCipher): TrainingDto {
  return {
    id: row.id,
    courseType: row.courseType,
    courseTypeLabel: COURSE_TYPE_LABELS[row.courseType],
    regionCode: row.regionCode,
    regionName: row.regionName,
    traineeName: row.traineeName,
    idNumber: maskIdNumber(cipher.decrypt(row.traineeIdNumberEncrypted, traineeBoundTo(row.id))),
    staffId: row.staffId,
    trainedOn: row.trainedOn,
    hours: Number(row.hours),
    provider: row.provider,
    free: row.free,
    createdAt: row.createdAt,
  };
}

/** An attendance list (培训签到表) as offices keep it: one trainee a row, the columns the create endpoint takes. */
export const TRAINING_IMPORT: RecordImportSpec<TrainingInputDto> = {
  dto: TrainingInputDto,
  columns: [
    {
      column: 'course_type',
      aliases: ['培训类别', '课程类型', '培训类型'],
      field: 'courseType',
      required: true,
      words: { 养老护理员: 'caregiver', 护理员: 'caregiver', 养老机构管理人员: 'manager', 管理人员: 'manager', 院长: 'manager', 家庭照护者: 'family_caregiver' },
    },
    { column: 'region_code', aliases: ['区划代码', '培训地区划代码'], field: 'regionCode', required: true },
    { column: 'trainee_name', aliases: ['姓名', '学员姓名'], field: 'traineeName', required: true },
    { column: 'id_number', aliases: ['身份证号', '身份证号码'], field: 'idNumber', required: true },
    { column: 'trained_on', aliases: ['培训日期'], field: 'trainedOn', kind: 'date', required: true },
    { column: 'hours', aliases: ['学时'], field: 'hours', kind: 'number', required: true },
    { column: 'provider', aliases: ['培训机构'], field: 'provider' },
    { column: 'free', aliases: ['是否免费', '免费'], field: 'free', kind: 'boolean' },
  ],
};

export const TRAINING_IMPORT_TEMPLATE = importTemplate(TRAINING_IMPORT, [
  ['家庭照护者', '500112002000', '王芳', '500112197003070022', '2025-03-07', '4', '街道社区学校', '是'],
  ['养老护理员', '500112002001', '李强', '50011219850808001X', '2025-03-08', '16', '区民政局培训中心', '否'],
]);
