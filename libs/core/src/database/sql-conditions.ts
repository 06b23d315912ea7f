/**
 * The WHERE clause of a filtered list, built with its bind parameters: each value is pushed and numbered as its
 * condition is added, so the text and the parameters cannot drift apart. Pass `params` on to `AccessScope.sql`.
 */
export class SqlConditions {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Binds a value: its placeholder (`$3`). */
  bind(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** A condition on one bound value: `add((p) => \`o.status = ${p}\`, 'booked')`. */
  add(condition: (placeholder: string) => string, value: unknown): this {
    this.conditions.push(condition(this.bind(value)));
    return this;
  }

  /** A condition whose values are already bound (or that has none). */
  raw(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  get sql(): string {
    return this.conditions.length ? this.conditions.join(' AND ') : 'TRUE';
  }
}
