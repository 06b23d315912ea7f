import { Checkbox, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardFilterPatch, BoardFilters, CareTypeFilter, FloorFilter } from '../utils/board-filters';
import { CARE_TYPE_FILTERS } from '../utils/board-filters';

interface Props {
  filters: BoardFilters;
  today: string;
  floors: readonly FloorFilter[];
  shown: number;
  total: number;
  onChange: (patch: BoardFilterPatch) => void;
}

/** The date (any past day; today by default), vacant only, bed type and floor. */
export function BoardFiltersBar({ filters, today, floors, shown, total, onChange }: Props) {
  const { t } = useTranslation();
  const floorName = (floor: FloorFilter) => (floor === 'none' ? t('beds.noFloor') : t('beds.floor', { floor }));
  return (
    <div className="bed-filters" role="group" aria-label={t('beds.filters.label')}>
      <label className="bed-filters__field">
        <span className="bed-filters__label">{t('beds.date')}</span>
        <Input
          type="date"
          size="large"
          className="date-input"
          value={filters.date}
          max={today}
          onChange={(event) => event.target.value && onChange({ date: event.target.value, bedId: null })}
        />
      </label>
      <Checkbox className="big-check" checked={filters.vacantOnly} onChange={(event) => onChange({ vacantOnly: event.target.checked })}>
        {t('beds.filters.vacantOnly')}
      </Checkbox>
      <Select<CareTypeFilter | 'all'>
        size="large"
        className="bed-filters__select"
        aria-label={t('beds.filters.careType')}
        value={filters.careType ?? 'all'}
        onChange={(value) => onChange({ careType: value === 'all' ? null : value })}
        options={[{ value: 'all', label: t('beds.filters.careAll') }, ...CARE_TYPE_FILTERS.map((value) => ({ value, label: t(`beds.filters.${value}`) }))]}
      />
      <Select<string>
        size="large"
        className="bed-filters__select"
        aria-label={t('beds.filters.floor')}
        value={filters.floor === null ? 'all' : String(filters.floor)}
        onChange={(value) => onChange({ floor: value === 'all' ? null : value === 'none' ? 'none' : Number(value) })}
        options={[{ value: 'all', label: t('beds.filters.floorAll') }, ...floors.map((floor) => ({ value: String(floor), label: floorName(floor) }))]}
      />
      <span className="bed-filters__count" aria-live="polite">
        {t('beds.filters.shown', { shown, total })}
      </span>
    </div>
  );
}
