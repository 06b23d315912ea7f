import { useTranslation } from 'react-i18next';
import { RegionPicker } from '@web/modules/regions/components/region-picker';
import type { KpiLocation } from '../hooks/use-kpi-location';
import { MonthPicker } from './month-picker';

/** 地区 and 月份, labelled, writing to the URL. Changing the region keeps the month, and the other way round. */
export function KpiToolbar({ location, regionName, children }: { location: KpiLocation; regionName: string | undefined; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="kpi-toolbar" role="group" aria-label={`${t('kpi.region')} / ${t('kpi.month')}`}>
      <label className="kpi-toolbar__field">
        <span className="kpi-toolbar__label">{t('kpi.region')}</span>
        <RegionPicker id="kpi-region" value={location.region} valueName={regionName} onChange={(region) => location.update({ region })} />
      </label>
      <label className="kpi-toolbar__field">
        <span className="kpi-toolbar__label">{t('kpi.month')}</span>
        <MonthPicker id="kpi-month" value={location.month} onChange={(month) => location.update({ month })} />
      </label>
      {children}
    </div>
  );
}
