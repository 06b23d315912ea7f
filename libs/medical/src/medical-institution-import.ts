import type { RecordImportSpec } from '@yiyang/core';
import { MEDICAL_INSTITUTION_KIND_LABELS, MEDICAL_INSTITUTION_KINDS, type MedicalInstitutionKind } from './domain/medical-kinds';
import { CreateMedicalInstitutionDto } from './dto/medical.dto';

/** Chinese names of the kinds (综合医院 → general_hospital) and the usual ones offices use besides. */
const KIND_WORDS: Record<string, MedicalInstitutionKind> = {
  ...Object.fromEntries(MEDICAL_INSTITUTION_KINDS.map((kind) => [MEDICAL_INSTITUTION_KIND_LABELS[kind].zh, kind])),
  诊所: 'clinic',
  卫生室: 'clinic',
  村卫生室: 'clinic',
  卫生院: 'township_health_centre',
  中心卫生院: 'township_health_centre',
  社区卫生服务站: 'community_health_centre',
  中医院: 'tcm_hospital',
  康复医院: 'rehabilitation',
};

/** 三级甲等 and the like read as their level. */
const LEVEL_WORDS: Record<string, string> = Object.fromEntries(
  (
    [
      ['三级', 'tertiary'],
      ['二级', 'secondary'],
      ['一级', 'primary'],
    ] as const
  ).flatMap(([zh, level]) => [zh, `${zh}甲等`, `${zh}乙等`, `${zh}丙等`, `${zh}医院`].map((word) => [word, level])).concat([['未定级', 'unrated']]),
);

/** A list of medical institutions as offices keep it: 名称, 类别, 等级, 所在区划代码, 开业日期. */
export const MEDICAL_INSTITUTION_IMPORT: RecordImportSpec<CreateMedicalInstitutionDto> = {
  dto: CreateMedicalInstitutionDto,
  columns: [
    { column: 'name', aliases: ['名称', '机构名称'], field: 'name', required: true },
    { column: 'kind', aliases: ['类别', '机构类别'], field: 'kind', required: true, words: KIND_WORDS },
    { column: 'level', aliases: ['等级', '医院等级'], field: 'level', words: LEVEL_WORDS },
    { column: 'region_code', aliases: ['区划代码', '所在区划代码'], field: 'regionCode', required: true },
    { column: 'opened_on', aliases: ['开业日期', '成立日期'], field: 'openedOn', kind: 'date' },
  ],
};
