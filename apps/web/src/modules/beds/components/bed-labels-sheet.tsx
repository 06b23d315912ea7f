import { PrinterOutlined } from '@ant-design/icons';
import { today as todayIn } from '@shared/core/dates';
import { Button, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useBedBoardQuery } from '@web/data/beds/bed-board-query';
import { ErrorNotice } from '@web/ui/error-notice';
import { readBoardFilters } from '../utils/board-filters';
import { filterFloors, floorChoices } from '../utils/board-grouping';
import { BedQr } from './bed-qr';
import '../beds.css';
import '../bed-labels.css';

/**
 * 床位二维码标签: an A4 sheet (print CSS, `@page { size: A4 }`) of one label per open bed — QR, bed code, room —
 * for a floor or the whole home. The screen shows the choice and a print button; paper shows only the labels.
 */
export function BedLabelsSheet({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = todayIn();
  const { floor } = readBoardFilters(params, today);
  const query = useBedBoardQuery(facilityId, today);
  if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} page />;
  if (!query.data) return <Skeleton active />;
  const board = query.data;
  const labels = filterFloors(board.floors, { floor, vacantOnly: false, careType: null }).flatMap((one) =>
    one.rooms.flatMap((room) => room.beds.filter((bed) => bed.status !== 'closed').map((bed) => ({ bed, room: room.name, floor: one.floor }))),
  );
  const floorName = (value: number | 'none') => (value === 'none' ? t('beds.noFloor') : t('beds.floor', { floor: value }));
  return (
    <section className="bed-labels">
      <header className="page-head bed-labels__screen">
        <div>
          <h1 className="page-head__title">
            {board.facilityName} · {t('beds.labelsPage.title')}
          </h1>
          <p className="bed-board__meta">
            {t('beds.labelsPage.count', { count: labels.length })} {t('beds.labelsPage.hint')}
          </p>
        </div>
        <div className="bed-board__links">
          <Select<string>
            size="large"
            className="bed-filters__select"
            aria-label={t('beds.labelsPage.scope')}
            value={floor === null ? 'all' : String(floor)}
            onChange={(value) => setParams(value === 'all' ? {} : { floor: value })}
            options={[{ value: 'all', label: t('beds.labelsPage.wholeFacility') }, ...floorChoices(board.floors).map((value) => ({ value: String(value), label: floorName(value) }))]}
          />
          <Button type="primary" size="large" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
            {t('beds.labelsPage.print')}
          </Button>
        </div>
      </header>
      <ol className="bed-labels__sheet" aria-label={t('beds.labelsPage.title')}>
        {labels.map(({ bed, room, floor: at }) => (
          <li key={bed.id} className="bed-label">
            <BedQr bedId={bed.id} code={bed.code} size={120} />
            <span className="bed-label__code">{bed.code}</span>
            <span className="bed-label__place">
              {at === null ? '' : `${floorName(at)} · `}
              {t('beds.room', { room })}
            </span>
            <span className="bed-label__home">{board.facilityName}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
