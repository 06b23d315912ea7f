import { UserAddOutlined } from '@ant-design/icons';
import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onRegistered: (resident: { id: string; name: string }) => void;
}

/**
 * 登记新老人 from the admission form, in a modal.
 * HOOK POINT (issue 15): the residents part (branch wp-residents) builds `ResidentForm` at
 * modules/residents/components/resident-form.tsx with `{ onRegistered }`; render it in the modal in place of the note
 * once it is on main.
 */
export function RegisterPerson({ onRegistered }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  void onRegistered;
  return (
    <>
      <Button icon={<UserAddOutlined aria-hidden />} onClick={() => setOpen(true)} size="large">
        {t('admissions.register')}
      </Button>
      <Modal open={open} onCancel={() => setOpen(false)} footer={null} title={t('admissions.registerTitle')} destroyOnHidden width={720}>
        <Typography.Paragraph>{t('admissions.registerPending')}</Typography.Paragraph>
      </Modal>
    </>
  );
}
