import { sparkline } from './sparkline';

const box = { width: 110, height: 30, padding: 5 };

describe('sparkline', () => {
  it('scales the months across the box, the highest value at the top', () => {
    expect(sparkline([0, 5, 10], box)).toEqual({ path: 'M5 25 L55 15 L105 5', last: { x: 105, y: 5 }, targetY: null });
  });

  it('breaks the line at a month without a value and dots the last month that has one', () => {
    expect(sparkline([0, null, 10, 5, null], box)).toEqual({ path: 'M5 25 M55 5 L80 15', last: { x: 80, y: 15 }, targetY: null });
  });

  it('stretches the range to the target, so the line reads against it', () => {
    const line = sparkline([0, 10], box, 20);
    expect(line.path).toBe('M5 25 L105 15');
    expect(line.targetY).toBe(5);
  });

  it('draws a flat series in the middle and nothing for no values', () => {
    expect(sparkline([3, 3], box).path).toBe('M5 15 L105 15');
    expect(sparkline([null, null], box)).toEqual({ path: '', last: null, targetY: null });
    expect(sparkline([], box).path).toBe('');
  });
});
