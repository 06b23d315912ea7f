import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Input, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { today } from '@shared/core/dates';
import { stepDate, type ScheduleView } from '../utils/service-dates';

interface Props {
  date: string;
  view: ScheduleView;
  onChange: (next: { date?: string; view?: ScheduleView }) => void;
  onNewSlot: () => void;
}

/** Day or week, which one, and publishing slots: every control a fingertip wide. */
export function ScheduleToolbar({ date, view, onChange, onNewSlot }: Props) {
  const { t } = useTranslation();
  const week = view === 'week';
  return (
    <div className="services-toolbar" role="group" aria-label={t('services.date')}>
      <Segmented<ScheduleView>
        aria-label={t('services.view')}
        value={view}
        onChange={(value) => onChange({ view: value })}
        options={[
          { value: 'day', label: t('services.day') },
          { value: 'week', label: t('services.week') },
        ]}
      />
      <Button icon={<LeftOutlined aria-hidden />} aria-label={t(week ? 'services.previousWeek' : 'services.previousDay')} onClick={() => onChange({ date: stepDate(date, view, -1) })} />
      <Input
        type="date"
        className="services-toolbar__date"
        aria-label={t('services.date')}
        value={date}
        onChange={(event) => event.target.value && onChange({ date: event.target.value })}
      />
      <Button icon={<RightOutlined aria-hidden />} aria-label={t(week ? 'services.nextWeek' : 'services.nextDay')} onClick={() => onChange({ date: stepDate(date, view, 1) })} />
      <Button onClick={() => onChange({ date: today() })} disabled={date === today()}>
        {t('services.today')}
      </Button>
      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onNewSlot} className="services-toolbar__new">
        {t('services.newSlot')}
      </Button>
    </div>
  );
}
