import { ImportProblems, ImportRefusedError, MAX_LISTED_PROBLEMS } from './import-problems';

describe('ImportProblems', () => {
  it('keeps the first problems by line, even those a later check adds for earlier lines, and counts them all', () => {
    const problems = new ImportProblems();
    for (let line = 2; line < 2 + MAX_LISTED_PROBLEMS + 500; line++) problems.add({ line, field: 'code', message: 'bad' });
    // A check after the whole file was read (e.g. unknown parents) finds an early line.
    problems.add({ line: 1, field: 'parent_code', message: 'unknown' });
    let refusal: unknown;
    try {
      problems.refuseIfAny();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ImportRefusedError);
    const { problems: listed, problemCount, message } = refusal as ImportRefusedError;
    expect(problemCount).toBe(MAX_LISTED_PROBLEMS + 501);
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(listed[0]).toEqual({ line: 1, field: 'parent_code', message: 'unknown' });
    expect(listed.at(-1)!.line).toBe(MAX_LISTED_PROBLEMS);
    expect(message).toBe(`Import refused: ${MAX_LISTED_PROBLEMS + 501} problem(s); the first ${MAX_LISTED_PROBLEMS} are listed; nothing was written`);
  });

  it('refuses nothing without problems', () => {
    expect(() => new ImportProblems().refuseIfAny()).not.toThrow();
  });
});
