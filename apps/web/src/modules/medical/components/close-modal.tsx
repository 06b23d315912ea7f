import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '@web/modules/facility-profile/components/date-field';
import { FormFailure, placeProblems } from '@web/modules/facility-profile/components/form-failure';

interface Props {
  title: string;
  label: string;
  open: boolean;
  mutation: { isPending: boolean; error: unknown; reset: () => void };
  /** Sends the date; `done` closes the dialog once the API has taken it. */
  submit: (on: string, done: () => void, failed: (error: unknown) => void) => void;
  onClose: () => void;
}

/** Asks for the first day something no longer counts (an institution closing, a consortium dissolving). */
export function DateActionModal({ title, label, open, mutation, submit, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ on?: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened && mutation.reset()}
      destroyOnHidden
    >
      <Form<{ on?: string }>
        form={form}
        layout="vertical"
        aria-label={title}
        onFinish={(values) => submit(values.on!, onClose, (error) => placeProblems(form, error, ['on']))}
      >
        <Form.Item name="on" label={label} rules={[{ required: true, message: label }]}>
          <DateField />
        </Form.Item>
        <FormFailure error={mutation.error} shown={['on']} />
      </Form>
    </Modal>
  );
}
