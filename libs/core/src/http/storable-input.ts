import type { FieldProblem } from '../errors/domain-errors';

/**
 * Deeper than any request the API takes (a waiting-list policy, the deepest, nests six levels), shallow enough that
 * no recursive reader downstream (class-transformer, the JSON encoder of jsonb) runs out of stack.
 */
export const MAX_INPUT_DEPTH = 32;

// Postgres text cannot hold NUL (22021) and jsonb refuses the \u0000 escape (22P05). A lone UTF-16 surrogate is not
// a character at all: the driver would encode it as U+FFFD and store something the caller never sent.
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | undefined {
  if (NUL.test(text)) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (not valid Unicode)';
  return undefined;
}

function childPath(parent: string, key: string, inArray: boolean): string {
  if (inArray) return `${parent}[${key}]`;
  // A key that is itself unstorable is named with its bad characters replaced, so the answer stays printable.
  const printable = key.replace(/\u0000/g, '\uFFFD').replace(/[\uD800-\uDFFF]/g, '\uFFFD');
  return parent ? `${parent}.${printable}` : printable;
}

/**
 * Every string (and object key) in a parsed request part that Postgres cannot store, and every place nested past
 * MAX_INPUT_DEPTH, named by its path (`emergencyContacts[0].name`). Walks with its own queue, so a hostile nesting
 * cannot exhaust the call stack here either.
 */
export function unstorableInput(value: unknown, root = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  for (let next = 0; next < pending.length; next++) {
    const { value: current, path, depth } = pending[next];
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) problems.push({ field: path, messages: [`${path} ${problem}`] });
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push({ field: path, messages: [`${path} nests deeper than ${MAX_INPUT_DEPTH} levels`] });
      continue;
    }
    const inArray = Array.isArray(current);
    for (const [key, child] of Object.entries(current)) {
      const childAt = childPath(path, key, inArray);
      const keyProblem = inArray ? undefined : textProblem(key);
      if (keyProblem) problems.push({ field: childAt, messages: [`the name of ${childAt} ${keyProblem}`] });
      else pending.push({ value: child, path: childAt, depth: depth + 1 });
    }
  }
  return problems;
}
