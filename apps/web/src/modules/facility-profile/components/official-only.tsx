import { LockOutlined } from '@ant-design/icons';

/** Why a form is not offered: the rule in words, where the button would be. */
export function OfficialOnly({ children }: { children: string }) {
  return (
    <p className="facility-card__locked">
      <LockOutlined aria-hidden /> {children}
    </p>
  );
}
