import { relativeNews } from './relative-news';

const label = { zh: '助餐', en: 'Meals' };
const order = (id: string, residentId: string, status: string, checkedInAt: string | null, completedAt: string | null = null) => ({
  id,
  residentId,
  status,
  checkedInAt,
  completedAt,
  checkedInByName: '张护理',
  serviceTypeLabel: label,
  facilityName: '食堂',
});

describe('what is new for a relative', () => {
  it('puts incidents, visits and the orders someone came for newest first, each once', () => {
    const news = relativeNews('r1', {
      incidents: [{ id: 'fall', occurredAt: '2026-05-10T08:00:00Z', risk: 'fall', description: '夜间跌倒' }],
      visits: [
        { id: 'call', visitedAt: '2026-05-11T02:00:00Z', mode: 'phone', outcome: 'well', orderId: null },
        { id: 'as-order', visitedAt: '2026-05-12T02:00:00Z', mode: 'in_person', outcome: 'well', orderId: 'visit-order' },
      ],
      orders: [
        order('lunch', 'r1', 'completed', '2026-05-12T03:32:00Z', '2026-05-12T04:05:00Z'),
        order('booked', 'r1', 'booked', null),
        order('other', 'r2', 'checked_in', '2026-05-13T03:30:00Z'),
        order('bath', 'r1', 'checked_in', '2026-05-09T01:00:00Z'),
      ],
    });
    expect(news.map((item) => item.id)).toEqual(['lunch', 'call', 'fall', 'bath']);
    expect(news[0]).toMatchObject({ kind: 'order', at: '2026-05-12T04:05:00Z', status: 'completed' });
  });

  it('keeps the newest few', () => {
    const orders = Array.from({ length: 8 }, (_, n) => order(`o${n}`, 'r1', 'checked_in', `2026-05-0${n + 1}T03:00:00Z`));
    expect(relativeNews('r1', { incidents: [], visits: [], orders }, 3).map((item) => item.id)).toEqual(['o7', 'o6', 'o5']);
  });
});
