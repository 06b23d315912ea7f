import { useQueries } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facilityQuery } from '@web/data/facilities/facility-query';
import { useFacilitySearchQuery } from '@web/data/facilities/facility-search-query';
import { withChosen } from '../utils/chosen-options';

interface Props {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  ariaLabel: string;
  /** One facility (a filter) rather than several (a grant). */
  single?: boolean;
  placeholder?: string;
}

/** 机构 picker: searches facilities by name (GET /facilities?q=); chosen ones keep their names from their own records. */
export function FacilityPicker({ id, value, onChange, ariaLabel, single, placeholder }: Props) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const [opened, setOpened] = useState(false);
  const found = useFacilitySearchQuery(term, opened || term.length > 0);
  const chosen = useQueries({ queries: (value ?? []).map(facilityQuery) });
  const options = withChosen(
    (found.data?.items ?? []).map((facility) => ({ value: facility.id, label: facility.name })),
    value ?? [],
    chosen.map((query) => query.data?.name),
    t('admin.users.loadingName'),
  );
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      mode={single ? undefined : 'multiple'}
      allowClear
      value={single ? value?.[0] : value}
      onChange={(next: string | string[] | undefined) => onChange?.(next === undefined ? [] : Array.isArray(next) ? next : [next])}
      options={options}
      showSearch={{ filterOption: false, onSearch: setTerm }}
      onOpenChange={(open) => open && setOpened(true)}
      loading={found.isFetching}
      placeholder={placeholder ?? t('admin.users.facilityPlaceholder')}
      notFoundContent={found.isFetching ? t('kpi.searching') : t('admin.users.noFacility')}
      popupMatchSelectWidth={false}
      style={{ minWidth: 220 }}
    />
  );
}
