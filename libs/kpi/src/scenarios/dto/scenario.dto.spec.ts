import { fieldProblems } from '@yiyang/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EvaluateScenarioDto } from './scenario.dto';

const FACILITY = '0c425038-3549-4373-8c73-b53a5d8af0d8';

/** The fields the API's validation pipe would name for a body (same options: whitelist, forbid unknown). */
async function refusedFields(body: object): Promise<string[]> {
  const dto = plainToInstance(EvaluateScenarioDto, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  return fieldProblems(errors).map((problem) => problem.field);
}

const scenario = (changes: object[]) => ({ regionCode: '330203000000', month: '2025-06', changes });

describe('scenario changes as the API reads them (a union discriminated by kind)', () => {
  it('takes each kind with its own fields', async () => {
    expect(
      await refusedFields(
        scenario([
          { kind: 'convert_beds', facilityId: FACILITY, beds: 20, from: '2025-06-01' },
          { kind: 'open_facility', townshipCode: '330203002000', facilityKind: 'institution', beds: 30, careBeds: 25, from: '2025-06-15', name: '江厦颐养院' },
          { kind: 'close_facility', facilityId: FACILITY, from: '2025-06-10' },
          { kind: 'add_centre', townshipCode: '330203001000', from: '2025-06-01' },
          { kind: 'set_population', regionCode: '330203000000', age60Plus: 12000, from: '2025-01-01' },
        ]),
      ),
    ).toEqual([]);
    const dto = plainToInstance(EvaluateScenarioDto, scenario([{ kind: 'add_centre', townshipCode: '330203001000', from: '2025-06-01' }]));
    expect(dto.changes[0]).toEqual({ kind: 'add_centre', townshipCode: '330203001000', from: '2025-06-01' });
  });

  it('names the change and the field at fault', async () => {
    expect(await refusedFields(scenario([{ kind: 'add_centre', townshipCode: '330203001000', from: '2025-06-01' }, { kind: 'convert_beds', facilityId: 'x', beds: 0, from: '2025-02-30' }]))).toEqual([
      'changes[1].facilityId',
      'changes[1].beds',
      'changes[1].from',
    ]);
    // A field of another kind is refused, not ignored.
    expect(await refusedFields(scenario([{ kind: 'close_facility', facilityId: FACILITY, from: '2025-06-10', beds: 3 }]))).toEqual(['changes[0].beds']);
    expect(await refusedFields(scenario([{ kind: 'open_facility', townshipCode: '33', facilityKind: 'palace', beds: -1, careBeds: 1.5, from: '2025-06-01' }]))).toEqual([
      'changes[0].townshipCode',
      'changes[0].facilityKind',
      'changes[0].beds',
      'changes[0].careBeds',
    ]);
    expect(await refusedFields(scenario([{ kind: 'raze_facility', facilityId: FACILITY, from: '2025-06-01' }]))).toContain('changes[0].kind');
    expect(await refusedFields(scenario([]))).toEqual(['changes']);
    expect(await refusedFields({ ...scenario([{ kind: 'add_centre', townshipCode: '330203001000', from: '2025-06-01' }]), month: '2025-13' })).toEqual(['month']);
  });
});
