import { useSearchParams } from 'react-router';
import { isDateOnly, today } from '@shared/core/dates';
import type { ScheduleView } from '../utils/service-dates';

/** The day and view live in the address (`?date=2026-05-11&view=week`), so a link or a reload opens the same view. */
export function useScheduleLocation() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('date');
  const date = raw && isDateOnly(raw) ? raw : today();
  const view: ScheduleView = params.get('view') === 'week' ? 'week' : 'day';
  const update = (next: { date?: string; view?: ScheduleView }) => {
    const merged = { date: next.date ?? date, view: next.view ?? view };
    setParams(merged.date === today() && merged.view === 'day' ? {} : merged, { replace: true });
  };
  return { date, view, update };
}
