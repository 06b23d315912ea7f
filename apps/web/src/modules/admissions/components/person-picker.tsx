import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleSearchQuery } from '@web/data/admissions/people-search-query';
import type { PersonFound } from '@web/data/admissions/types';

interface Props {
  id?: string;
  value?: string;
  onChange?: (residentId: string) => void;
  /** A person already chosen (registered just now, or from `?residentId=`), shown before any search. */
  known?: { id: string; name: string } | null;
}

/** Finds the person to admit by part of a name or a whole ID number, as GET /residents?q= does. */
export function PersonPicker({ id, value, onChange, known }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = usePeopleSearchQuery(q);
  const line = (person: PersonFound) =>
    t('admissions.personLine', { name: person.name, sex: t(`admissions.sex.${person.sex}`), age: person.age, idNumber: person.idNumber });
  const options = (found.data?.items ?? []).map((person) => ({ value: person.id, label: line(person) }));
  if (known && !options.some((option) => option.value === known.id)) options.unshift({ value: known.id, label: known.name });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={options}
      loading={found.isFetching}
      placeholder={t('admissions.personPlaceholder')}
      notFoundContent={q.trim() && !found.isFetching ? t('admissions.noPerson') : null}
      aria-label={t('admissions.person')}
      size="large"
    />
  );
}
