import { useQueries } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleSearchQuery } from '@web/data/admissions/people-search-query';
import type { PersonFound } from '@web/data/admissions/types';
import { residentQuery } from '@web/data/residents/resident-query';
import { withChosen } from '../utils/chosen-options';

interface Props {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
}

/**
 * 关联老年人 picker for a family account: part of a name or a whole ID number (GET /residents?q=, numbers masked).
 * The people already linked are read one by one for their names (audited reads, as opening their records is).
 */
export function PeoplePicker({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = usePeopleSearchQuery(q);
  const linked = useQueries({ queries: (value ?? []).map(residentQuery) });
  const line = (person: PersonFound) =>
    t('admissions.personLine', { name: person.name, sex: t(`admissions.sex.${person.sex}`), age: person.age, idNumber: person.idNumber });
  const options = withChosen(
    (found.data?.items ?? []).map((person) => ({ value: person.id, label: line(person) })),
    value ?? [],
    linked.map((query) => query.data?.name),
    t('admin.users.loadingName'),
  );
  return (
    <Select
      id={id}
      aria-label={t('admin.users.residents')}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      placeholder={t('admissions.personPlaceholder')}
      notFoundContent={q.trim() && !found.isFetching ? t('admin.users.noPerson') : null}
    />
  );
}
