import { ValidationError } from 'class-validator';
import { fieldProblems } from './validation';

function error(property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('fieldProblems', () => {
  it('names nested and array fields with their paths', () => {
    const problems = fieldProblems([
      error('name', { isString: 'name must be a string' }),
      error('items', undefined, [error('2', undefined, [error('score', { max: 'score must not be greater than 3' })])]),
      error('address', undefined, [error('regionCode', { matches: 'regionCode must be 12 digits' })]),
    ]);
    expect(problems).toEqual([
      { field: 'name', messages: ['name must be a string'] },
      { field: 'items[2].score', messages: ['score must not be greater than 3'] },
      { field: 'address.regionCode', messages: ['regionCode must be 12 digits'] },
    ]);
  });
});
