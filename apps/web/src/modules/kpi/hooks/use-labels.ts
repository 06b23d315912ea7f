import { BINDING_LABELS, STATUS_LABELS, type AttainmentStatus, type Binding } from '@shared/kpi/attainment';
import { useTranslation } from 'react-i18next';

/** The API's own words for statuses and binding kinds, in the person's language. */
export function useLabels() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return {
    english,
    locale: english ? 'en' : 'zh-CN',
    status: (status: AttainmentStatus) => (english ? STATUS_LABELS[status].en : STATUS_LABELS[status].zh),
    binding: (binding: Binding) => (english ? BINDING_LABELS[binding].en : BINDING_LABELS[binding].zh),
    name: (item: { nameZh: string; nameEn: string }) => (english ? item.nameEn : item.nameZh),
    unit: (item: { unitZh: string; unitEn: string }) => (english ? item.unitEn : item.unitZh),
  };
}
