import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Attainment } from '@web/data/kpi/types';
import { useLabels } from '../hooks/use-labels';

const SHOWN = 5;

/** The gap as the action it names ("再将 131 张机构床位转为护理型床位"), and the places lacking, first few by name. */
export function GapAction({ gap }: { gap: NonNullable<Attainment['gap']> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const lacking = gap.regions ?? [];
  const names = lacking.slice(0, SHOWN).map((region) => region.name ?? region.code);
  const sentence = labels.english ? gap.en : gap.zh;
  // Some gap sentences name the places already ("尚缺综合养老服务中心的乡镇：…"): the list would say it twice.
  const named = names.length > 0 && sentence.includes(names[0]);
  const list = names.join(labels.english ? ', ' : '、') + (lacking.length > SHOWN ? ` ${t('kpi.andMore', { count: lacking.length - SHOWN })}` : '');
  return (
    <div className="kpi-card__gap">
      <ArrowRightOutlined aria-hidden /> <span>{sentence}</span>
      {lacking.length > 0 && !named && <p className="kpi-card__lacking">{t('kpi.lacking', { names: list })}</p>}
    </div>
  );
}
