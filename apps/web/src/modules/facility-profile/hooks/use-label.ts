import { useTranslation } from 'react-i18next';

/** A `{ zh, en }` label from the API or a shared domain table, in the person's language. */
export function useLabel() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (label: { zh: string; en: string }) => (english ? label.en : label.zh);
}
