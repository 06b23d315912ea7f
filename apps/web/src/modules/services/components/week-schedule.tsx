import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScheduledSlot, ServiceType } from '@web/data/services/types';
import { EmptyState } from '@web/ui/empty-state';
import { WEEKDAYS } from '../utils/slot-series';
import { buildWeekGrid } from '../utils/week-grid';

interface Props {
  monday: string;
  slots: readonly ScheduledSlot[];
  types: readonly ServiceType[];
  /** The address of a day's view, for each cell and column head. */
  dayLink: (date: string) => string;
}

/** The week at a glance: days across, each time and service down, places booked / capacity and left in each cell. */
export function WeekSchedule({ monday, slots, types, dayLink }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const grid = buildWeekGrid(slots, monday);
  const typeName = (code: string) => {
    const type = types.find((item) => item.code === code);
    return type ? (english ? type.label.en : type.label.zh) : code;
  };
  if (!grid.rows.length) return <EmptyState title={t('services.emptyWeek')} />;
  return (
    <div className="week-grid__scroll">
      <table className="week-grid">
        <caption className="visually-hidden">{t('services.weekCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('services.timeColumn')}</th>
            {grid.days.map((day, index) => (
              <th scope="col" key={day}>
                <Link to={dayLink(day)} className="week-grid__day">
                  <span>{t(`services.weekdays.${WEEKDAYS[index]}`)}</span>
                  <span>{day.slice(5)}</span>
                </Link>
                <span className="week-grid__total">{t('services.dayTotal', grid.totals[index])}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <span className="week-grid__time">
                  {row.start}–{row.end}
                </span>
                <span>{typeName(row.serviceType)}</span>
              </th>
              {row.cells.map((cell, index) => (
                <td key={grid.days[index]}>
                  {cell.map((slot) => (
                    <Link key={slot.id} to={dayLink(grid.days[index])} className={`week-cell week-cell--${slot.status === 'cancelled' ? 'cancelled' : slot.remaining === 0 ? 'full' : 'open'}`}>
                      {slot.status === 'cancelled' ? (
                        t('services.cancelledSlot')
                      ) : (
                        <>
                          <span>
                            {slot.booked}/{slot.capacity}
                          </span>
                          <span>{slot.remaining === 0 ? t('services.full') : t('services.left', { count: slot.remaining })}</span>
                        </>
                      )}
                    </Link>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
