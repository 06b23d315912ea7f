import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { shiftMonth } from '../utils/money';

/** The month shown, with a step back and forward (never past `latest`) and the phone's own month picker in between. */
export function MonthStepper({ month, latest, onChange }: { month: string; latest: string; onChange(month: string): void }) {
  const { t } = useTranslation();
  const next = shiftMonth(month, 1);
  return (
    <div className="month-stepper">
      <Button icon={<LeftOutlined aria-hidden />} aria-label={shiftMonth(month, -1)} onClick={() => onChange(shiftMonth(month, -1))} className="touch-target" />
      <label className="month-stepper__label">
        <span className="visually-hidden">{t('familyAccount.statement.month')}</span>
        <input
          type="month"
          value={month}
          max={latest}
          onChange={(event) => event.target.value && onChange(event.target.value)}
          className="month-stepper__input"
          required
        />
      </label>
      <Button icon={<RightOutlined aria-hidden />} aria-label={next} disabled={next > latest} onClick={() => onChange(next)} className="touch-target" />
    </div>
  );
}
