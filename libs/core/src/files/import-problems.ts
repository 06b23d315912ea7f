import { InvalidInputError } from '../errors/domain-errors';

/** A bad row of an import: the whole file is refused and the first of such rows are listed. */
export interface RowProblem {
  line: number;
  field: string;
  message: string;
}

/** A file of 200,000 bad rows once answered with a 346 MB list; nobody reads past the first screens of it. */
export const MAX_LISTED_PROBLEMS = 1_000;

/** An import refused for its rows: a 400 whose details are the first problems, and their total. */
export class ImportRefusedError extends InvalidInputError {
  constructor(
    readonly problems: RowProblem[],
    readonly problemCount: number,
  ) {
    const shown = problems.length < problemCount ? `; the first ${problems.length} are listed` : '';
    super(`Import refused: ${problemCount} problem(s)${shown}; nothing was written`, problems);
  }
}

/** The problems of an import: the first MAX_LISTED_PROBLEMS by line, and how many there are in all. */
export class ImportProblems {
  private readonly listed: RowProblem[] = [];
  private total = 0;

  get count(): number {
    return this.total;
  }

  add(problem: RowProblem): void {
    this.total += 1;
    const listed = this.listed;
    if (listed.length === MAX_LISTED_PROBLEMS && problem.line >= listed[listed.length - 1].line) return;
    // Problems mostly arrive in line order; a later check over the rows may add earlier lines.
    let low = 0;
    let high = listed.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (listed[middle].line <= problem.line) low = middle + 1;
      else high = middle;
    }
    listed.splice(low, 0, problem);
    if (listed.length > MAX_LISTED_PROBLEMS) listed.pop();
  }

  /** The listed problems, by line. */
  first(): RowProblem[] {
    return [...this.listed];
  }

  /** Refuses the import if any row is bad: a 400 listing the first problems and giving the total. */
  refuseIfAny(): void {
    if (this.total > 0) throw new ImportRefusedError(this.first(), this.total);
  }
}
