/** One thing that happened to the relative, for the family's feed. */
export type NewsItem =
  | { kind: 'incident'; id: string; at: string; risk: string; description: string }
  | { kind: 'visit'; id: string; at: string; mode: string; outcome: string }
  | { kind: 'order'; id: string; at: string; status: 'checked_in' | 'completed'; serviceType: { zh: string; en: string }; by: string | null; facilityName: string };

interface Sources {
  incidents: readonly { id: string; occurredAt: string; risk: string; description: string }[];
  visits: readonly { id: string; visitedAt: string; mode: string; outcome: string; orderId: string | null }[];
  orders: readonly {
    id: string;
    residentId: string;
    status: string;
    checkedInAt: string | null;
    completedAt: string | null;
    checkedInByName: string | null;
    serviceTypeLabel: { zh: string; en: string };
    facilityName: string;
  }[];
}

/**
 * What is new for one relative, newest first: incidents the facility recorded, visits, and orders someone came for
 * (checked in, or done: the later of the two times). A visit made as a 探访 order shows once, as the order.
 */
export function relativeNews(residentId: string, sources: Sources, limit = 5): NewsItem[] {
  const items: NewsItem[] = [
    ...sources.incidents.map((incident): NewsItem => ({ kind: 'incident', id: incident.id, at: incident.occurredAt, risk: incident.risk, description: incident.description })),
    ...sources.visits
      .filter((visit) => visit.orderId === null)
      .map((visit): NewsItem => ({ kind: 'visit', id: visit.id, at: visit.visitedAt, mode: visit.mode, outcome: visit.outcome })),
    ...sources.orders
      .filter((order) => order.residentId === residentId && (order.status === 'checked_in' || order.status === 'completed'))
      .map(
        (order): NewsItem => ({
          kind: 'order',
          id: order.id,
          at: (order.status === 'completed' ? order.completedAt : order.checkedInAt) ?? order.checkedInAt ?? '',
          status: order.status as 'checked_in' | 'completed',
          serviceType: order.serviceTypeLabel,
          by: order.checkedInByName,
          facilityName: order.facilityName,
        }),
      ),
  ];
  return items.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, limit);
}
