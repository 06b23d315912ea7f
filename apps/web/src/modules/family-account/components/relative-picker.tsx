import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useRelativesQuery } from '@web/data/family-account/relatives-query';
import { useSetSearchParam } from '../hooks/use-set-search-param';

export interface Relative {
  id: string;
  name: string;
}

/**
 * The relative a family page is about: `?residentId=` when it names one of theirs, else the first. Returns the
 * relatives too, so the page can say when there are none.
 */
export function useRelative(): { relatives: Relative[] | undefined; relative: Relative | null; error: unknown; setRelative(id: string): void } {
  const relatives = useRelativesQuery();
  const [params] = useSearchParams();
  const setParam = useSetSearchParam();
  const list = relatives.data?.items.map(({ id, name }) => ({ id, name }));
  const asked = params.get('residentId');
  const relative = list?.find((candidate) => candidate.id === asked) ?? list?.[0] ?? null;
  return {
    relatives: list,
    relative,
    error: relatives.error,
    setRelative: (id) => setParam('residentId', id),
  };
}

/** A chooser when the account has several relatives; their name alone when it has one. */
export function RelativePicker({ relatives, relative, onChange }: { relatives: Relative[]; relative: Relative; onChange(id: string): void }) {
  const { t } = useTranslation();
  if (relatives.length < 2) return <p className="family-account__relative">{relative.name}</p>;
  return (
    <label className="family-account__field">
      <span>{t('familyAccount.relative')}</span>
      <Select
        value={relative.id}
        options={relatives.map(({ id, name }) => ({ value: id, label: name }))}
        onChange={onChange}
        className="family-account__select"
        aria-label={t('familyAccount.relative')}
      />
    </label>
  );
}
