import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { rememberLanguage, type Language } from '@web/i18n/i18n';

/** 中文 ⇄ English, remembered on this device. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other: Language = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <Button type="text" icon={<GlobalOutlined aria-hidden />} onClick={() => rememberLanguage(other)} lang={other}>
      {t('app.switchTo')}
    </Button>
  );
}
