import { BoardCache, boardEtag, unchangedBoardTag } from './board-cache';

describe('BoardCache', () => {
  it('answers only for the same facility, date and board version', () => {
    const cache = new BoardCache();
    cache.set('f1', '2025-06-01', '7', '{"v":7}');
    expect(cache.get('f1', '2025-06-01', '7')?.json).toBe('{"v":7}');
    expect(cache.get('f1', '2025-06-01', '8')).toBeUndefined();
    expect(cache.get('f1', '2025-06-02', '7')).toBeUndefined();
    expect(cache.get('f2', '2025-06-01', '7')).toBeUndefined();
  });

  it('drops the least recently used boards when full', () => {
    const cache = new BoardCache();
    const board = 'x'.repeat(8 * 1024 * 1024); // eight of these fill the 64 MiB budget
    for (let n = 0; n < 8; n += 1) cache.set(`f${n}`, '2025-06-01', '1', board);
    expect(cache.get('f0', '2025-06-01', '1')?.json).toBe(board); // f0 is now the most recently used
    cache.set('f8', '2025-06-01', '1', board);
    expect(cache.get('f1', '2025-06-01', '1')).toBeUndefined();
    expect(cache.get('f0', '2025-06-01', '1')?.json).toBe(board);
    expect(cache.get('f8', '2025-06-01', '1')?.json).toBe(board);
  });

  it('retires a board when the first reservation on it ends', () => {
    const cache = new BoardCache();
    const until = new Date('2025-06-03T10:00:00Z');
    cache.set('f1', '2025-06-01', '7', '{"reserved":1}', until);
    expect(cache.get('f1', '2025-06-01', '7', until.getTime() - 1)?.json).toBe('{"reserved":1}');
    expect(cache.get('f1', '2025-06-01', '7', until.getTime())).toBeUndefined();
    expect(cache.get('f1', '2025-06-01', '7', until.getTime() - 1)).toBeUndefined();
  });

  it('gives the board an entity tag of its version, date and first reservation end', () => {
    const cache = new BoardCache();
    expect(cache.set('f1', '2025-06-01', '7', '{}').etag).toBe('W/"7.2025-06-01.n"');
    expect(cache.get('f1', '2025-06-01', '7')?.etag).toBe('W/"7.2025-06-01.n"');
  });
});

describe('unchangedBoardTag', () => {
  const until = new Date('2025-06-03T10:00:00Z');
  const tag = boardEtag('7', '2025-06-01', until);

  it('matches a tag of the current version and date, in a list or alone, weak or strong', () => {
    expect(unchangedBoardTag(tag, '7', '2025-06-01', until.getTime() - 1)).toBe(tag);
    expect(unchangedBoardTag(`"x", ${tag}`, '7', '2025-06-01', until.getTime() - 1)).toBe(tag);
    expect(unchangedBoardTag(tag.slice(2), '7', '2025-06-01', until.getTime() - 1)).toBe(tag.slice(2));
  });

  it('does not match another version, another date, a board whose reservation has ended, or anything else', () => {
    expect(unchangedBoardTag(tag, '8', '2025-06-01', until.getTime() - 1)).toBeUndefined();
    expect(unchangedBoardTag(tag, '7', '2025-06-02', until.getTime() - 1)).toBeUndefined();
    expect(unchangedBoardTag(tag, '7', '2025-06-01', until.getTime())).toBeUndefined();
    expect(unchangedBoardTag(undefined, '7', '2025-06-01')).toBeUndefined();
    expect(unchangedBoardTag('W/"7.2025-06-01"', '7', '2025-06-01')).toBeUndefined();
  });
});
