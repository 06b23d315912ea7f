import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTrainingsQuery } from '@web/data/workforce/trainings-query';
import type { CourseType, Training } from '@web/data/workforce/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { COURSE_TYPES, TrainingFormModal } from './training-form-modal';

const PAGE_SIZE = 20;

/** 培训记录: the region's trainings, newest first, by course type and dates; ID numbers masked. */
export function TrainingsPanel({ region }: { region: string | null }) {
  const { t } = useTranslation();
  const [courseType, setCourseType] = useState<CourseType | undefined>();
  const [dates, setDates] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const trainings = useTrainingsQuery({
    regionCode: region ?? undefined,
    courseType,
    from: dates?.[0]?.format('YYYY-MM-DD'),
    to: dates?.[1]?.format('YYYY-MM-DD'),
    page,
    pageSize: PAGE_SIZE,
  });
  return (
    <section className="panel" aria-label={t('workforce.tabs.trainings')}>
      <div className="panel__bar">
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => (setOpen(true), setSaved(false))}>
          {t('workforce.trainings.add')}
        </Button>
        <Select<CourseType | 'all'>
          aria-label={t('workforce.trainings.columns.courseType')}
          value={courseType ?? 'all'}
          onChange={(value) => (setCourseType(value === 'all' ? undefined : value), setPage(1))}
          options={[
            { value: 'all' as const, label: t('workforce.trainings.allCourses') },
            ...COURSE_TYPES.map((course) => ({ value: course, label: t(`workforce.courseType.${course}`) })),
          ]}
          style={{ minWidth: 160 }}
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('workforce.trainings.from'), t('workforce.trainings.to')]}
          value={dates}
          onChange={(value) => (setDates(value as [Dayjs | null, Dayjs | null] | null), setPage(1))}
          inputReadOnly
        />
        <span aria-live="polite">{saved && <Alert type="success" showIcon title={t('workforce.trainings.saved')} />}</span>
      </div>
      {trainings.error ? (
        <ErrorNotice error={trainings.error} onRetry={() => void trainings.refetch()} />
      ) : (
        <Table<Training>
          size="small"
          rowKey="id"
          loading={trainings.isFetching}
          dataSource={trainings.data?.items ?? []}
          locale={{ emptyText: <EmptyState title={t('workforce.trainings.empty')} /> }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: trainings.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('workforce.trainings.total', { total }),
            onChange: setPage,
          }}
          columns={[
            { title: t('workforce.trainings.columns.trainedOn'), dataIndex: 'trainedOn', width: 120 },
            { title: t('workforce.trainings.columns.courseType'), dataIndex: 'courseType', render: (course: CourseType) => t(`workforce.courseType.${course}`) },
            { title: t('workforce.trainings.columns.trainee'), dataIndex: 'traineeName' },
            { title: t('workforce.trainings.columns.idNumber'), dataIndex: 'idNumber', render: (masked: string) => <span className="masked">{masked}</span> },
            { title: t('workforce.trainings.columns.place'), dataIndex: 'regionName' },
            { title: t('workforce.trainings.columns.hours'), dataIndex: 'hours', align: 'right' as const },
            { title: t('workforce.trainings.columns.provider'), dataIndex: 'provider', render: (provider: string | null) => provider ?? '—' },
            { title: t('workforce.trainings.columns.free'), dataIndex: 'free', render: (free: boolean) => (free ? t('workforce.trainings.yes') : t('workforce.trainings.no')) },
          ]}
        />
      )}
      <TrainingFormModal open={open} region={null} onClose={(wasSaved) => (setOpen(false), setSaved(wasSaved))} />
    </section>
  );
}
