import { Form, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@yiyang/core';
import { DateField } from './date-field';
import { FormFailure, placeProblems } from './form-failure';

interface Props {
  /** Open while it names what the date is for (a project, a hazard); null closes it. */
  subject: string | null;
  title: string;
  field: string;
  label: string;
  requiredMessage: string;
  /** The earliest date the API takes (the project's start, the day the hazard was found). */
  min?: string;
  mutation: { isPending: boolean; error: unknown; reset: () => void };
  /** Sends the date; calls `done` once the API took it, or `failed` with the error to place on the form. */
  send: (date: string, done: () => void, failed: (error: unknown) => void) => void;
  onClose: (saved: boolean) => void;
}

/** One date asked for explicitly, for an action on a record: a project completed (竣工), a hazard put right (整改). */
export function DateActionModal({ subject, title, field, label, requiredMessage, min, mutation, send, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, string | undefined>>();
  useEffect(() => {
    if (subject) mutation.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening
  }, [subject]);
  return (
    <Modal
      open={subject !== null}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
      className="facility-modal"
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) =>
          send(
            values[field]!,
            () => onClose(true),
            (error) => placeProblems(form, error, [field]),
          )
        }
      >
        <Form.Item name={field} label={label} rules={[{ required: true, message: requiredMessage }]}>
          <DateField max={today()} />
        </Form.Item>
        {min && <p className="hint">{t('facility.works.notBefore', { date: min })}</p>}
        <FormFailure error={mutation.error} shown={[field]} />
      </Form>
    </Modal>
  );
}
