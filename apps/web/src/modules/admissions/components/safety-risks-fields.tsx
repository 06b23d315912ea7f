import { SAFETY_RISK_LABELS } from '@shared/assessments/safety-risks';
import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { RISK_LEVELS, risksLeft, SAFETY_RISKS, type RiskAnswers } from '../utils/safety-risks';
import '../safety-risks.css';

/**
 * 九防: the nine GB 38600 risks, all shown, each with its four levels as large buttons and none chosen in advance;
 * the line above says which are still unassessed. A part of any antd Form whose values hold `safetyRisks` (the
 * admission form, the waiting list's accept dialog).
 */
export function SafetyRisksFields() {
  const { t, i18n } = useTranslation();
  const answers = (Form.useWatch('safetyRisks') ?? {}) as RiskAnswers;
  const left = risksLeft(answers);
  const language = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <fieldset className="risk-fields">
      <legend className="risk-fields__legend">{t('admissions.risks')}</legend>
      <p className="risk-fields__hint" aria-live="polite">
        {left.length ? t('admissions.risksLeft', { count: left.length, names: left.map((risk) => SAFETY_RISK_LABELS[risk][language]).join('、') }) : t('admissions.risksHint')}
      </p>
      {SAFETY_RISKS.map((risk) => (
        <Form.Item
          key={risk}
          name={['safetyRisks', risk]}
          label={<span id={`risk-${risk}`}>{SAFETY_RISK_LABELS[risk][language]}</span>}
          rules={[{ required: true, message: t('admissions.riskRequired') }]}
          className="risk-fields__item"
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            aria-labelledby={`risk-${risk}`}
            options={RISK_LEVELS.map((level) => ({ value: level, label: t(`admissions.levels.${level}`) }))}
          />
        </Form.Item>
      ))}
    </fieldset>
  );
}

export const RISK_FIELD_NAMES = SAFETY_RISKS.map((risk) => `safetyRisks.${risk}`);
