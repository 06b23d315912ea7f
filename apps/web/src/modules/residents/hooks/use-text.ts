import { useTranslation } from 'react-i18next';

/** A bilingual text from the API or a shared domain table (`{ zh, en }`), in the person's language. */
export function useText(): (text: { zh: string; en: string }) => string {
  const { i18n } = useTranslation();
  return (text) => (i18n.language === 'en' ? text.en : text.zh);
}
