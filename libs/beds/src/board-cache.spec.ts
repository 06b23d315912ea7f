import { BoardCache } from './board-cache';

describe('BoardCache', () => {
  it('answers only for the same facility, date and board version', () => {
    const cache = new BoardCache();
    cache.set('f1', '2025-06-01', '7', '{"v":7}');
    expect(cache.get('f1', '2025-06-01', '7')).toBe('{"v":7}');
    expect(cache.get('f1', '2025-06-01', '8')).toBeUndefined();
    expect(cache.get('f1', '2025-06-02', '7')).toBeUndefined();
    expect(cache.get('f2', '2025-06-01', '7')).toBeUndefined();
  });

  it('drops the least recently used boards when full', () => {
    const cache = new BoardCache();
    const board = 'x'.repeat(8 * 1024 * 1024); // eight of these fill the 64 MiB budget
    for (let n = 0; n < 8; n += 1) cache.set(`f${n}`, '2025-06-01', '1', board);
    expect(cache.get('f0', '2025-06-01', '1')).toBe(board); // f0 is now the most recently used
    cache.set('f8', '2025-06-01', '1', board);
    expect(cache.get('f1', '2025-06-01', '1')).toBeUndefined();
    expect(cache.get('f0', '2025-06-01', '1')).toBe(board);
    expect(cache.get('f8', '2025-06-01', '1')).toBe(board);
  });

  it('retires a board when the first reservation on it ends', () => {
    const cache = new BoardCache();
    const until = new Date('2025-06-03T10:00:00Z');
    cache.set('f1', '2025-06-01', '7', '{"reserved":1}', until);
    expect(cache.get('f1', '2025-06-01', '7', until.getTime() - 1)).toBe('{"reserved":1}');
    expect(cache.get('f1', '2025-06-01', '7', until.getTime())).toBeUndefined();
    expect(cache.get('f1', '2025-06-01', '7', until.getTime() - 1)).toBeUndefined();
  });
});
