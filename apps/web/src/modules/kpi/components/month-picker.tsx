import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { monthsBetween } from '@shared/core/months';
import { currentMonth } from '../utils/months-window';

/** December 2020: the baseline of the 十四五 (2021–2025) plans, the first month the indicators are read for. */
export const FIRST_MONTH = '2020-12';

interface Props {
  id: string;
  value: string;
  onChange: (month: string) => void;
  /** The last month one may choose (default: the current one: the API has no future). */
  max?: string;
}

/**
 * 月份 month picker over `YYYY-MM`, newest first, typing filters ("2025-0"). A Select rather than antd's DatePicker:
 * the board already carries Select (for the region tree), and the calendar picker would add ~30 KB gzip to it.
 */
export function MonthPicker({ id, value, onChange, max }: Props) {
  const { t } = useTranslation();
  const last = max ?? currentMonth();
  const options = useMemo(() => {
    const months = monthsBetween(FIRST_MONTH, last).reverse();
    if (!months.includes(value)) months.unshift(value);
    return months.map((month) => ({ value: month, label: month }));
  }, [last, value]);
  return (
    <Select
      id={id}
      aria-label={t('kpi.month')}
      className="picker picker--month"
      value={value}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      onChange={onChange}
      listHeight={320}
    />
  );
}
