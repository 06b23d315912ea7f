import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facilityQuery } from '@web/data/facilities/facility-query';
import { useScheduleQuery } from '@web/data/services/schedule-query';
import { useServiceTypesQuery } from '@web/data/services/service-types-query';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import { useScheduleLocation } from '../hooks/use-schedule-location';
import { viewRange } from '../utils/service-dates';
import { DaySchedule } from './day-schedule';
import { ScheduleToolbar } from './schedule-toolbar';
import { SlotFormModal } from './slot-form-modal';
import { WeekSchedule } from './week-schedule';
import '../services.css';

/** 今日服务: the facility's slots of a day (check-in, done, no-show) or its week, and publishing new slots. */
export function ServicesWorkspace({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const location = useScheduleLocation();
  const { from, to } = viewRange(location.date, location.view);
  const schedule = useScheduleQuery(facilityId, from, to);
  const types = useServiceTypesQuery();
  const facility = useQuery(facilityQuery(facilityId));
  const [formOpen, setFormOpen] = useState(false);
  const [published, setPublished] = useState<string | null>(null);
  const week = location.view === 'week';
  return (
    <div className="stack services">
      <header className="page-head">
        <h1 className="page-head__title">
          {t(week ? 'services.weekTitle' : 'services.title')}
          {facility.data ? ` · ${facility.data.name}` : ''}
        </h1>
        <ScheduleToolbar date={location.date} view={location.view} onChange={location.update} onNewSlot={() => setFormOpen(true)} />
      </header>
      <p className="hint">
        {week ? `${from} – ${to}` : location.date} · {t('services.refreshed')}
      </p>
      <div aria-live="polite">{published && <Alert type="success" showIcon role="status" title={published} closable onClose={() => setPublished(null)} />}</div>
      {schedule.error ? (
        <ErrorNotice error={schedule.error} onRetry={() => void schedule.refetch()} page />
      ) : !schedule.data || schedule.data.from !== from ? (
        <PageLoading />
      ) : week ? (
        <WeekSchedule monday={from} slots={schedule.data.slots} types={types.data ?? []} dayLink={(date) => `?date=${date}&view=day`} />
      ) : (
        <DaySchedule facilityId={facilityId} slots={schedule.data.slots} />
      )}
      {facility.data && (
        <SlotFormModal
          open={formOpen}
          facilityId={facilityId}
          regionCode={facility.data.regionCode}
          date={location.date}
          types={types.data ?? []}
          onClose={(done) => {
            setFormOpen(false);
            if (done) setPublished(done);
          }}
        />
      )}
    </div>
  );
}
