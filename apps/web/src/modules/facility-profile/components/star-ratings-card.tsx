import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, InputNumber, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GBT_37276_2018, STAR_SECTIONS, starLevel, type StarScores } from '@shared/facilities/star-rating';
import { today } from '@yiyang/core';
import { useAddStarRatingMutation } from '@web/data/facilities/add-star-rating-mutation';
import { starRatingsQuery } from '@web/data/facilities/star-ratings-query';
import type { StarRating } from '@web/data/facilities/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { useFacilityPermissions } from '../hooks/use-facility-permissions';
import { DateField } from './date-field';
import { FormFailure, placeProblems } from './form-failure';
import { OfficialOnly } from './official-only';

const SHOWN = ['ratedOn', 'scores'];

interface Values {
  ratedOn?: string;
  scores?: Partial<StarScores>;
}

/** 星级评定 (GB/T 37276-2018): the history, and for officers the form, whose level is the API's own rule. */
export function StarRatingsCard({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const permissions = useFacilityPermissions();
  const ratings = useQuery(starRatingsQuery(facilityId));
  const add = useAddStarRatingMutation(facilityId);
  const [form] = Form.useForm<Values>();
  const scores = Form.useWatch('scores', form);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const complete = scores && STAR_SECTIONS.every((section) => typeof scores[section] === 'number');
  const stars = (level: number) => (level ? `${'★'.repeat(level)} ${t('facility.profile.stars', { count: level })}` : t('facility.profile.noStar'));
  return (
    <section className="panel facility-card" aria-labelledby="ratings-title">
      <div className="facility-card__head">
        <h2 id="ratings-title" className="panel__title">
          {t('facility.ratings.title')}
        </h2>
        {permissions.recordStarRatings && !adding && (
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setSaved(false);
              add.reset();
              setAdding(true);
            }}
          >
            {t('facility.ratings.add')}
          </Button>
        )}
      </div>
      <p className="hint">{t('facility.ratings.standard')}</p>
      {!permissions.recordStarRatings && <OfficialOnly>{t('facility.ratings.officialOnly')}</OfficialOnly>}
      {saved && <Alert type="success" showIcon role="status" title={t('facility.ratings.saved')} />}
      {adding && (
        <Form<Values>
          form={form}
          layout="vertical"
          className="facility-form"
          aria-label={t('facility.ratings.add')}
          onFinish={(values) =>
            add.mutate(
              { ratedOn: values.ratedOn!, scores: values.scores as StarScores },
              {
                onSuccess: () => {
                  setSaved(true);
                  setAdding(false);
                  form.resetFields();
                },
                onError: (error) => placeProblems(form, error, SHOWN),
              },
            )
          }
        >
          <Form.Item name="ratedOn" label={t('facility.ratings.ratedOn')} rules={[{ required: true, message: t('facility.ratings.ratedOnRequired') }]}>
            <DateField max={today()} />
          </Form.Item>
          <div className="form-row">
            {STAR_SECTIONS.map((section) => (
              <Form.Item
                key={section}
                name={['scores', section]}
                label={`${t(`facility.ratings.sections.${section}`)}${t('facility.ratings.sectionMax', { max: GBT_37276_2018.sections[section] })}`}
                rules={[{ required: true, message: t('facility.ratings.scoreRequired') }]}
              >
                <InputNumber min={0} max={GBT_37276_2018.sections[section]} precision={1} inputMode="decimal" />
              </Form.Item>
            ))}
          </div>
          {complete && (
            <p role="status" className="facility-form__preview">
              {t('facility.ratings.level')}: {stars(starLevel(scores as StarScores))}
            </p>
          )}
          <FormFailure error={add.error} shown={SHOWN} />
          <div className="facility-form__actions">
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
          </div>
        </Form>
      )}
      {ratings.error ? (
        <ErrorNotice error={ratings.error} onRetry={() => void ratings.refetch()} />
      ) : (
        <Table<StarRating>
          size="small"
          rowKey="ratedOn"
          loading={ratings.isPending}
          dataSource={ratings.data}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyState title={t('facility.ratings.none')} /> }}
          columns={[
            { title: t('facility.ratings.ratedOn'), dataIndex: 'ratedOn' },
            { title: t('facility.ratings.level'), dataIndex: 'starLevel', render: stars },
            { title: t('facility.ratings.total'), dataIndex: 'total' },
            ...STAR_SECTIONS.map((section) => ({ title: t(`facility.ratings.sections.${section}`), dataIndex: section })),
          ]}
        />
      )}
    </section>
  );
}
