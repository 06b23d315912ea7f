import { Form, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffLeaveMutation } from '@web/data/facilities/staff-leave-mutation';
import type { StaffMember } from '@web/data/facilities/types';
import { DateField } from './date-field';
import { FormFailure, placeProblems } from './form-failure';

/** 离职: the first day the person is no longer on the staff, asked for explicitly. */
export function StaffLeaveModal({ facilityId, person, onClose }: { facilityId: string; person: StaffMember | null; onClose: (name?: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ on?: string }>();
  const leave = useStaffLeaveMutation(facilityId);
  useEffect(() => {
    if (person) leave.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening
  }, [person]);
  return (
    <Modal
      open={person !== null}
      title={person ? t('facility.staff.leaveTitle', { name: person.name }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={leave.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
      className="facility-modal"
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) =>
          person &&
          leave.mutate({ staffId: person.id, on: values.on! }, { onSuccess: () => onClose(person.name), onError: (error) => placeProblems(form, error, ['on']) })
        }
      >
        <Form.Item name="on" label={t('facility.staff.leaveOn')} rules={[{ required: true, message: t('facility.staff.leaveOnRequired') }]}>
          <DateField />
        </Form.Item>
        <FormFailure error={leave.error} shown={['on']} />
      </Form>
    </Modal>
  );
}
