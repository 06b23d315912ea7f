import { ApiError } from '@web/api/api-error';
import { admissionProblem, formFieldErrors, holderOf } from './admission-errors';

const refusal = (status: number, body: object) => new ApiError(status, { statusCode: status, error: 'x', message: 'msg', requestId: 'r', ...body } as never);

describe('an admission refused', () => {
  it('reads a 409 as the bed taken, naming the holder the API gives (heldBy)', () => {
    expect(admissionProblem(refusal(409, { message: 'the bed is occupied on that date (held by 王*国 since 2026-03-10)', details: [{ field: 'bedId', messages: ['the bed is occupied on that date'] }], heldBy: { stayId: 's', occupant: '王*国', since: '2026-03-10', until: null } }))).toEqual({
      kind: 'taken',
      field: 'bedId',
      holder: '王*国',
      message: 'the bed is occupied on that date (held by 王*国 since 2026-03-10)',
    });
    expect(holderOf({ heldBy: { occupant: '欧**英' } })).toBe('欧**英');
    expect(holderOf({ message: 'taken' })).toBeNull();
    expect(admissionProblem(refusal(409, { message: 'the person already has a stay on that date', details: [{ field: 'residentId', messages: ['the person already has a stay on that date'] }] }))).toMatchObject({
      kind: 'taken',
      field: 'residentId',
      holder: null,
    });
  });

  it('reads any other 409 (the bed closed, offered, a closed period) as a rule, not as the bed taken', () => {
    expect(admissionProblem(refusal(409, { message: 'the bed is closed on 2026-05-01', details: [{ field: 'bedId', messages: ['the bed is closed on 2026-05-01'] }] }))).toEqual({
      kind: 'rule',
      message: 'the bed is closed on 2026-05-01',
    });
  });

  it('reads a 422 as a rule in words and a 400 as fields to correct', () => {
    expect(admissionProblem(refusal(422, { message: 'needs a current assessment' }))).toEqual({ kind: 'rule', message: 'needs a current assessment' });
    const fields = admissionProblem(refusal(400, { details: [{ field: 'admittedOn', messages: ['admittedOn must not be in the future'] }] }));
    expect(fields).toMatchObject({ kind: 'fields', fields: [{ field: 'admittedOn', message: 'admittedOn must not be in the future' }] });
    expect(admissionProblem(new Error('boom'))).toEqual({ kind: 'other' });
  });

  it('puts field problems on the form’s fields, a risk’s on the risk', () => {
    const known = ['admittedOn', 'funding', 'safetyRisks', 'safetyRisks.choking'];
    expect(
      formFieldErrors(
        [
          { field: 'admittedOn', message: 'bad date' },
          { field: 'safetyRisks.choking.level', message: 'level must be one of none, low, medium, high' },
          { field: 'safetyRisks', message: 'GB 38600 needs all nine' },
          { field: 'somethingElse', message: 'ignored' },
        ],
        known,
      ),
    ).toEqual([
      { name: ['admittedOn'], errors: ['bad date'] },
      { name: ['safetyRisks', 'choking'], errors: ['level must be one of none, low, medium, high'] },
      { name: ['safetyRisks'], errors: ['GB 38600 needs all nine'] },
    ]);
  });
});
