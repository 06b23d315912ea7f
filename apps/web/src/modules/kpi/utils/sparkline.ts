export interface SparklineBox {
  width: number;
  height: number;
  /** Room kept at the edges so the stroke and the last dot are not clipped. */
  padding: number;
}

export interface Sparkline {
  /** SVG path data: one `M…L…` run per stretch of months with values (a month without one breaks the line). */
  path: string;
  /** The last month with a value, drawn as a dot. */
  last: { x: number; y: number } | null;
  /** The target's height inside the box, when it falls within the drawn range. */
  targetY: number | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A small line of the months' values, scaled to the box. The range includes the target when one is given, so the
 * line reads against it; a flat series sits in the middle.
 */
export function sparkline(values: readonly (number | null)[], box: SparklineBox, target: number | null = null): Sparkline {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  if (known.length === 0) return { path: '', last: null, targetY: null };
  const low = Math.min(...known, ...(target !== null ? [target] : []));
  const high = Math.max(...known, ...(target !== null ? [target] : []));
  const innerWidth = box.width - 2 * box.padding;
  const innerHeight = box.height - 2 * box.padding;
  const x = (index: number) => round(box.padding + (values.length === 1 ? innerWidth / 2 : (index * innerWidth) / (values.length - 1)));
  const y = (value: number) => round(high === low ? box.height / 2 : box.padding + ((high - value) * innerHeight) / (high - low));
  let path = '';
  let drawing = false;
  let last: Sparkline['last'] = null;
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    last = { x: x(index), y: y(value) };
    path += `${path ? ' ' : ''}${drawing ? 'L' : 'M'}${last.x} ${last.y}`;
    drawing = true;
  });
  return { path, last, targetY: target !== null ? y(target) : null };
}
