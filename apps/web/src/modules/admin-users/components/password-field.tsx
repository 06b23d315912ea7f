import { Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 16 characters from the browser's CSPRNG, without look-alikes (0/O, 1/l/I), to read out on the phone. */
export function randomPassword(): string {
  const limit = 256 - (256 % ALPHABET.length); // bytes past it are dropped, so every character is equally likely
  let password = '';
  while (password.length < 16) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      if (byte < limit && password.length < 16) password += ALPHABET[byte % ALPHABET.length];
    }
  }
  return password;
}

/** A password input shown in clear (the administrator passes it on), with a button that fills a random one. */
export function PasswordField({ id, value, onChange }: { id?: string; value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input id={id} value={value} onChange={(event) => onChange?.(event.target.value)} autoComplete="new-password" spellCheck={false} />
      <Button onClick={() => onChange?.(randomPassword())}>{t('admin.users.generate')}</Button>
    </Space.Compact>
  );
}
