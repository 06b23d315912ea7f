import { useQuery } from '@tanstack/react-query';
import { Form, InputNumber, Table } from 'antd';
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
import { placeProblems } from './form-failure';
import { RecordCard } from './record-card';

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
  const complete = scores && STAR_SECTIONS.every((section) => typeof scores[section] === 'number');
  const stars = (level: number) => (level ? `${'★'.repeat(level)} ${t('facility.profile.stars', { count: level })}` : t('facility.profile.noStar'));
  const submit = (values: Values, done: (saved: string) => void) =>
    add.mutate({ ratedOn: values.ratedOn!, scores: values.scores as StarScores }, { onSuccess: () => done(t('facility.ratings.saved')), onError: (error) => placeProblems(form, error, SHOWN) });
  const fields = (
    <>
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
    </>
  );
  return (
    <RecordCard<Values>
      id="ratings-title"
      title={t('facility.ratings.title')}
      hint={t('facility.ratings.standard')}
      addLabel={t('facility.ratings.add')}
      lockedReason={permissions.recordStarRatings ? null : t('facility.ratings.officialOnly')}
      form={form}
      fields={fields}
      submit={submit}
      mutation={add}
      shown={SHOWN}
    >
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
    </RecordCard>
  );
}
