/** The same keys as the Chinese messages, each a string: what the English (or any other) translation must have. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
