import { formFieldProblems } from './form-problems';

describe('formFieldProblems', () => {
  it('places nested problems on their fields and keeps the others apart', () => {
    expect(
      formFieldProblems(
        [
          { field: 'certificates[0].issuedOn', message: 'a date' },
          { field: 'certificates[0].issuedOn', message: 'not in the future' },
          { field: 'inspectedOn', message: 'closed period' },
          { field: 'kind', message: 'officers only' },
        ],
        ['certificates', 'inspectedOn'],
      ),
    ).toEqual({
      fields: [
        { name: ['certificates', 0, 'issuedOn'], errors: ['a date', 'not in the future'] },
        { name: ['inspectedOn'], errors: ['closed period'] },
      ],
      unplaced: [{ field: 'kind', message: 'officers only' }],
    });
  });
});
