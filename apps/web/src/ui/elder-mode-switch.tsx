import { FontSizeOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useElderMode } from '@web/app/elder-mode';

/** The 适老化 switch: large type, high contrast and a simpler menu, remembered on this device. */
export function ElderModeSwitch({ showLabel = true }: { showLabel?: boolean }) {
  const { t } = useTranslation();
  const elder = useElderMode();
  return (
    <Button
      type="text"
      icon={<FontSizeOutlined aria-hidden />}
      aria-pressed={elder.on}
      aria-label={showLabel ? undefined : t('familyAccount.frame.elderOn')}
      title={t('familyAccount.frame.elderSwitch')}
      onClick={() => elder.setOn(!elder.on)}
      className="touch-target elder-switch"
    >
      {showLabel ? t('familyAccount.frame.elderOn') : null}
    </Button>
  );
}
