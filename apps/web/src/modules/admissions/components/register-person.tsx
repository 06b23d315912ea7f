import { UserAddOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResidentForm } from '@web/modules/residents/components/resident-form';

interface Props {
  onRegistered: (resident: { id: string; name: string }) => void;
}

/** 登记新老人 from the admission form, in a modal: the residents' own registration form; the person comes back chosen. */
export function RegisterPerson({ onRegistered }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UserAddOutlined aria-hidden />} onClick={() => setOpen(true)} size="large">
        {t('admissions.register')}
      </Button>
      <Modal open={open} onCancel={() => setOpen(false)} footer={null} title={t('admissions.registerTitle')} destroyOnHidden width={760}>
        <ResidentForm
          onRegistered={(resident) => {
            setOpen(false);
            onRegistered(resident);
          }}
        />
      </Modal>
    </>
  );
}
