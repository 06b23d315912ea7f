import { withChosen } from './chosen-options';

describe('a search picker keeps its chosen values named', () => {
  it('adds the chosen ids the search did not return, named from their records or as loading', () => {
    const found = [{ value: 'a', label: '甲' }];
    expect(withChosen(found, ['a', 'b', 'c'], [undefined, '乙', undefined], '…')).toEqual([
      { value: 'a', label: '甲' },
      { value: 'b', label: '乙' },
      { value: 'c', label: '…' },
    ]);
  });
});
