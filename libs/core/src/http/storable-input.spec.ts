import { MAX_INPUT_DEPTH, unstorableInput } from './storable-input';

describe('unstorableInput', () => {
  it('names NUL and lone surrogates by their path, in values and keys', () => {
    expect(unstorableInput({ name: 'a\u0000', contacts: [{ phone: '1' }, { name: 'x\uDC00' }], 'k\u0000': 1 })).toEqual([
      { field: 'k\uFFFD', messages: ['the name of k\uFFFD must not contain the NUL character (\\u0000)'] },
      { field: 'name', messages: ['name must not contain the NUL character (\\u0000)'] },
      { field: 'contacts[1].name', messages: ['contacts[1].name must not contain a lone UTF-16 surrogate (not valid Unicode)'] },
    ]);
  });

  it('keeps pairs of surrogates (emoji, CJK extension B) and every other character', () => {
    expect(unstorableInput({ text: '🏠𠀀养老\u00ff\t', list: ['\uD83D\uDE00'] })).toEqual([]);
    expect(unstorableInput('\uD800')).toHaveLength(1);
    expect(unstorableInput('\uDE00\uD83D')).toHaveLength(1);
  });

  it('refuses nesting past the limit without recursing', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const problems = unstorableInput({ deep }, 'body');
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe(`body.deep${'[0]'.repeat(MAX_INPUT_DEPTH - 1)}`);
  });

  it('prefixes a root path such as headers', () => {
    expect(unstorableInput({ 'idempotency-key': 'a\u0000' }, 'headers')[0].field).toBe('headers.idempotency-key');
  });
});
