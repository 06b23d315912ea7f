import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { IsDateOnly } from '../http/date-only.decorator';
import { importTemplate, readCell, readImportRecords, type RecordImportSpec } from './record-import';
import type { TabularLimits, UploadedFile } from './tabular-file';

const LIMITS: TabularLimits = { maxRows: 1_000, maxUncompressedBytes: 10 * 1024 * 1024, maxCompressionRatio: 100 };
const csv = (text: string): UploadedFile => ({ originalname: 'x.csv', mimetype: 'text/csv', buffer: Buffer.from(text) });

class TrainingInput {
  @IsIn(['caregiver', 'family_caregiver']) courseType: string;
  @IsString() traineeName: string;
  @IsDateOnly() trainedOn: string;
  @IsInt() @Min(1) hours: number;
  @IsOptional() @IsBoolean() free?: boolean;
}

const SPEC: RecordImportSpec<TrainingInput> = {
  dto: TrainingInput,
  columns: [
    { column: 'course_type', aliases: ['课程类型'], field: 'courseType', required: true, words: { 养老护理员: 'caregiver', 家庭照护者: 'family_caregiver' } },
    { column: 'trainee_name', aliases: ['姓名'], field: 'traineeName', required: true },
    { column: 'trained_on', aliases: ['培训日期'], field: 'trainedOn', kind: 'date', required: true },
    { column: 'hours', aliases: ['学时'], field: 'hours', kind: 'number', required: true },
    { column: 'free', aliases: ['免费'], field: 'free', kind: 'boolean' },
  ],
};

describe('readImportRecords', () => {
  it('reads an office list with Chinese headers and words into the DTO the create endpoint takes', async () => {
    const { rows, problems } = await readImportRecords(csv('课程类型,姓名,培训日期,学时,免费\n家庭照护者,王芳,2025/3/7,8,是\n养老护理员,李强,2025-03-08,16,\n'), SPEC, LIMITS);
    expect(problems.count).toBe(0);
    expect(rows.map((row) => ({ line: row.line, ...row.record }))).toEqual([
      { line: 2, courseType: 'family_caregiver', traineeName: '王芳', trainedOn: '2025-03-07', hours: 8, free: true },
      { line: 3, courseType: 'caregiver', traineeName: '李强', trainedOn: '2025-03-08', hours: 16 },
    ]);
  });

  it('names every bad cell by line and template column, and keeps only the good rows', async () => {
    const { rows, problems } = await readImportRecords(
      csv('course_type,trainee_name,trained_on,hours\nnurse,王芳,2025-02-30,8\ncaregiver,李强,2025-03-08,0\ncaregiver,赵敏,2025-03-09,4\n'),
      SPEC,
      LIMITS,
    );
    expect(rows.map((row) => row.line)).toEqual([4]);
    expect(problems.first().map(({ line, field }) => [line, field])).toEqual([
      [2, 'course_type'],
      [2, 'trained_on'],
      [3, 'hours'],
    ]);
    expect(() => problems.refuseIfAny()).toThrow(/3 problem/);
  });

  it('refuses a file without a required column before reading its rows', async () => {
    await expect(readImportRecords(csv('姓名,学时\n王芳,8\n'), SPEC, LIMITS)).rejects.toMatchObject({
      details: [{ field: 'file', messages: [expect.stringContaining('course_type/课程类型')] }],
    });
  });

  it('reads cells leniently and leaves what it cannot read for the DTO to name', () => {
    expect(readCell(' 2025年3月7日 ', { kind: 'date' })).toBe('2025-03-07');
    expect(readCell('1,200', { kind: 'number' })).toBe(1200);
    expect(readCell('many', { kind: 'number' })).toBe('many');
    expect(readCell('否', { kind: 'boolean' })).toBe(false);
    expect(readCell('YES', { kind: 'boolean' })).toBe(true);
  });

  it('offers a template whose header is the columns', () => {
    expect(importTemplate(SPEC, [['家庭照护者', '王芳', '2025-03-07', '8', '是']])).toBe(
      '\uFEFFcourse_type,trainee_name,trained_on,hours,free\r\n家庭照护者,王芳,2025-03-07,8,是\r\n',
    );
  });
});
