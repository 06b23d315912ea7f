import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import { Clearable, IsDateOnly, LabelDto, maskIdNumber, maskPhone, NestedList, Omittable, OptionalOneOf, OptionalUuid, PageDtoOf, PageQueryDto, type PersonalDataCipher, REGION_CODE_PATTERN, today } from '@yiyang/core';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { ageOn } from '../domain/id-number';
import {
  LIVING_ARRANGEMENT_LABELS,
  LIVING_ARRANGEMENTS,
  RESIDENT_CATEGORIES,
  RESIDENT_CATEGORY_LABELS,
  SEXES,
  TEKUN_SUPPORT_MODES,
  VERY_OLD_AGE,
  type LivingArrangement,
  type ResidentCategory,
  type TekunSupportMode,
} from '../domain/resident-enums';
import { boundTo, PURPOSE } from '../personal-data';
import type { ResidentRow } from '../residents.repository';

const PHONE = /^[0-9+\-() ]{5,30}$/;

export class EmergencyContactDto {
  @ApiProperty({ description: '姓名 · Name' })
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ description: '关系 · Relation', example: '女儿' })
  @IsString()
  @Length(1, 20)
  relation: string;

  @ApiProperty({ description: '电话（加密保存，返回脱敏）· Phone (encrypted, returned masked)' })
  @Matches(PHONE, { message: 'phone must be a telephone number' })
  phone: string;
}

export class CreateResidentDto {
  @ApiProperty({ description: '姓名 · Name', example: '张桂英' })
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ description: '居民身份证号码（18 位，校验码、出生日期、性别须一致；加密保存，返回脱敏）· Resident ID number', example: '11010519491231002X' })
  @IsString()
  @Length(15, 30)
  idNumber: string;

  @ApiProperty({ enum: SEXES, description: '性别 · Sex' })
  @IsIn(SEXES)
  sex: 'male' | 'female';

  @ApiProperty({ description: '出生日期 · Date of birth', example: '1949-12-31' })
  @IsDateOnly()
  birthDate: string;

  @ApiProperty({ description: '户籍地区划代码 · Region of household registration (户籍)', example: '500112002000' })
  @Matches(REGION_CODE_PATTERN, { message: 'hukouRegionCode must be a 12-digit statistical division code' })
  hukouRegionCode: string;

  @ApiProperty({ description: '居住地区划代码 · Region where the person lives', example: '500112002001' })
  @Matches(REGION_CODE_PATTERN, { message: 'residenceRegionCode must be a 12-digit statistical division code' })
  residenceRegionCode: string;

  @ApiProperty({ enum: RESIDENT_CATEGORIES, isArray: true, required: false, description: '人员类别 · Categories (特困, 低保 …)' })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(RESIDENT_CATEGORIES, { each: true })
  categories?: ResidentCategory[];

  @ApiProperty({ enum: LIVING_ARRANGEMENTS, description: '居住状况：独居/空巢/留守/与家人同住 · Living arrangement' })
  @IsIn(LIVING_ARRANGEMENTS)
  livingArrangement: LivingArrangement;

  @ApiProperty({ enum: TEKUN_SUPPORT_MODES, required: false, nullable: true, description: '特困供养方式：集中/分散 · Support mode of a tekun person' })
  @Clearable()
  @IsIn(TEKUN_SUPPORT_MODES)
  tekunSupportMode?: TekunSupportMode | null;

  @ApiProperty({ required: false, type: Boolean, nullable: true, description: '有集中供养意愿 · Willing to live in a facility (tekun)' })
  @Clearable()
  @IsBoolean()
  willingCentralized?: boolean | null;

  @ApiProperty({ required: false, type: String, nullable: true, description: '联系电话（加密保存，返回脱敏）· Phone (encrypted, returned masked)' })
  @Clearable()
  @Matches(PHONE, { message: 'phone must be a telephone number' })
  phone?: string | null;

  @ApiProperty({ type: [EmergencyContactDto], required: false, nullable: true, description: '紧急联系人 · Emergency contacts' })
  @Clearable()
  @IsArray()
  @ArrayMaxSize(5)
  @NestedList(EmergencyContactDto)
  emergencyContacts?: EmergencyContactDto[] | null;

  @ApiProperty({ required: false, format: 'uuid', description: '登记机构（机构运营人员必填，须为其所属机构）· Facility registering the person (required for operators)' })
  @Omittable()
  @IsUUID()
  facilityId?: string;
}

export class UpdateResidentDto extends PartialType(
  PickType(CreateResidentDto, [
    'name',
    'hukouRegionCode',
    'residenceRegionCode',
    'categories',
    'livingArrangement',
    'tekunSupportMode',
    'willingCentralized',
    'phone',
    'emergencyContacts',
  ] as const),
  { skipNullProperties: false },
) {}

export class ListResidentsQuery extends PageQueryDto {
  @ApiProperty({ required: false, description: '居住地在该区划及下级 · Living in this region\'s subtree' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @OptionalOneOf(RESIDENT_CATEGORIES, '人员类别 · Category')
  category?: ResidentCategory;

  @OptionalUuid('服务机构 · Served by this facility')
  facilityId?: string;

  @ApiProperty({ required: false, description: '姓名包含，或完整身份证号 · Part of the name, or a whole ID number' })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  q?: string;
}

export class EmergencyContactViewDto {
  @ApiProperty() name: string;
  @ApiProperty() relation: string;
  @ApiProperty({ description: '脱敏 · Masked', example: '138****5678' }) phone: string;
}

export class ResidentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '脱敏身份证号 · Masked ID number', example: '110105********002X' }) idNumber: string;
  @ApiProperty({ enum: SEXES }) sex: 'male' | 'female';
  @ApiProperty({ description: '出生年份（完整出生日期不返回：它与脱敏身份证号合起来即为原号）· Year of birth (the full date is not returned: with the masked number it would give the number back)' })
  birthYear: number;
  @ApiProperty({ description: '周岁 · Age today' }) age: number;
  @ApiProperty({ description: '高龄（80 岁及以上）· Aged 80 or more' }) veryOld: boolean;
  @ApiProperty() hukouRegionCode: string;
  @ApiProperty() residenceRegionCode: string;
  @ApiProperty({ enum: RESIDENT_CATEGORIES, isArray: true }) categories: ResidentCategory[];
  @ApiProperty({ type: [LabelDto] }) categoryLabels: LabelDto[];
  @ApiProperty({ enum: LIVING_ARRANGEMENTS }) livingArrangement: LivingArrangement;
  @ApiProperty({ type: LabelDto }) livingArrangementLabel: LabelDto;
  @ApiProperty({ enum: TEKUN_SUPPORT_MODES, nullable: true }) tekunSupportMode: TekunSupportMode | null;
  @ApiProperty({ nullable: true, type: Boolean }) willingCentralized: boolean | null;
  @ApiProperty({ nullable: true, type: String, description: '脱敏电话 · Masked phone' }) phone: string | null;
  @ApiProperty({ type: [EmergencyContactViewDto] }) emergencyContacts: EmergencyContactViewDto[];
  @ApiProperty({ type: [String], format: 'uuid', description: '服务机构 · Facilities serving the person' }) facilityIds: string[];
}

export class ResidentPageDto extends PageDtoOf(ResidentDto) {}

/**
 * The person's record as responses show it: numbers masked, labels in Chinese and English. The birth date is given
 * as a year and an age only: the mask hides exactly the birth-date digits of the ID number, so a full birth date
 * beside it would give the number back.
 */
export function mapResident(row: ResidentRow, cipher: PersonalDataCipher): ResidentDto {
  const age = ageOn(row.birthDate, today());
  const contacts: EmergencyContactDto[] = row.emergencyContactsEncrypted
    ? JSON.parse(cipher.decrypt(row.emergencyContactsEncrypted, boundTo(PURPOSE.contacts, row.id)))
    : [];
  return {
    id: row.id,
    name: row.name,
    idNumber: maskIdNumber(cipher.decrypt(row.idNumberEncrypted, boundTo(PURPOSE.idNumber, row.id))),
    sex: row.sex,
    birthYear: Number(row.birthDate.slice(0, 4)),
    age,
    veryOld: age >= VERY_OLD_AGE,
    hukouRegionCode: row.hukouRegionCode,
    residenceRegionCode: row.residenceRegionCode,
    categories: row.categories,
    categoryLabels: row.categories.map((category) => RESIDENT_CATEGORY_LABELS[category]),
    livingArrangement: row.livingArrangement,
    livingArrangementLabel: LIVING_ARRANGEMENT_LABELS[row.livingArrangement],
    tekunSupportMode: row.tekunSupportMode,
    willingCentralized: row.willingCentralized,
    phone: row.phoneEncrypted ? maskPhone(cipher.decrypt(row.phoneEncrypted, boundTo(PURPOSE.phone, row.id))) : null,
    emergencyContacts: contacts.map((contact) => ({ name: contact.name, relation: contact.relation, phone: maskPhone(contact.phone) })),
    facilityIds: row.facilityIds,
  };
}

export class LinkResidentDto {
  @ApiProperty({ description: '身份证号 · ID number of the person already registered' })
  @IsString()
  @Length(15, 30)
  idNumber: string;

  @ApiProperty({ description: '姓名 · The person\'s name as registered: with the ID number it must match, or the answer is 404' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ format: 'uuid', description: '调用者的机构 · A facility of the caller' })
  @IsUUID()
  facilityId: string;
}
