import { PrinterOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BOARD_POLL_MS, useBedBoardQuery } from '@web/data/beds/bed-board-query';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { useBoardLocation } from '../hooks/use-board-location';
import { filterFloors, floorChoices } from '../utils/board-grouping';
import { BoardFiltersBar } from './board-filters-bar';
import { BoardFloors } from './board-floors';
import { SummaryCards } from './summary-cards';
import '../beds.css';

/**
 * The drawer and its forms (admission, transfer, the region picker, the QR code…) are most of the page's code and none
 * of the first view: they load once the tiles are drawn, so a tap opens the drawer at once without delaying the board.
 */
const loadBedDrawer = () => import('./bed-drawer');
const BedDrawer = lazy(() => loadBedDrawer().then((module) => ({ default: module.BedDrawer })));

const countBeds = (floors: readonly { rooms: readonly { beds: readonly unknown[] }[] }[]) =>
  floors.reduce((sum, floor) => sum + floor.rooms.reduce((inRoom, room) => inRoom + room.beds.length, 0), 0);

/**
 * 床位一览: summary cards, filters, floors → rooms → bed tiles, and the bed drawer. One request draws it; it asks
 * again every few seconds while visible (a 304 when nothing changed), so two nurses see each other's changes.
 */
export function BedBoard({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { filters, today, update } = useBoardLocation();
  const query = useBedBoardQuery(facilityId, filters.date);
  const board = query.data;
  const shownFloors = useMemo(
    () => (board ? filterFloors(board.floors, filters) : []),
    [board, filters.vacantOnly, filters.careType, filters.floor], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const floors = useMemo(() => (board ? floorChoices(board.floors) : []), [board]);
  const total = useMemo(() => (board ? countBeds(board.floors) : 0), [board]);
  const shown = useMemo(() => countBeds(shownFloors), [shownFloors]);
  const open = useCallback((bedId: string) => update({ bedId }), [update]);
  const close = useCallback(() => update({ bedId: null }), [update]);
  // Mounted from the first opened bed on (or a link naming one), and kept so it can animate closed.
  const [drawerWanted, setDrawerWanted] = useState(false);
  if (filters.bedId && !drawerWanted) setDrawerWanted(true);
  const drawn = Boolean(board);
  useEffect(() => {
    // A failed preload is no matter: opening a bed asks for the code again.
    if (drawn) loadBedDrawer().catch(() => undefined);
  }, [drawn]);

  if (query.error && !board) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} page />;
  return (
    <section className="bed-board" aria-busy={query.isPending}>
      <header className="page-head">
        <div>
          <h1 className="page-head__title">{board ? t('beds.boardOf', { facility: board.facilityName }) : t('beds.title')}</h1>
          <p className="bed-board__meta">
            {t('beds.asOf', { date: filters.date })} · {t('beds.live', { seconds: BOARD_POLL_MS / 1000 })}
          </p>
        </div>
        <div className="bed-board__links">
          <Button size="large" icon={<UserAddOutlined aria-hidden />} onClick={() => void navigate(`/facilities/${facilityId}/admit`)}>
            {t('beds.admitPerson')}
          </Button>
          <Button
            size="large"
            icon={<PrinterOutlined aria-hidden />}
            onClick={() => void navigate(`/facilities/${facilityId}/beds/labels${filters.floor !== null ? `?floor=${filters.floor}` : ''}`)}
          >
            {t('beds.labels')}
          </Button>
        </div>
      </header>
      {!filters.isToday && (
        <Alert
          type="info"
          showIcon
          title={t('beds.pastDate', { date: filters.date })}
          action={
            <Button size="large" onClick={() => update({ date: today })}>
              {t('beds.backToToday')}
            </Button>
          }
          className="bed-board__past"
        />
      )}
      {query.error && <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />}
      {!board ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <SummaryCards totals={board.totals} />
          <BoardFiltersBar filters={filters} today={today} floors={floors} shown={shown} total={total} onChange={update} />
          {board.floors.length === 0 && board.homeBeds.length === 0 ? (
            <EmptyState title={t('beds.noBeds')}>
              <Link to={`/facilities/${facilityId}/beds/bulk`}>{t('beds.addBeds')}</Link>
            </EmptyState>
          ) : shownFloors.length === 0 ? (
            <EmptyState title={t('beds.filters.nothing')}>
              <Button size="large" onClick={() => update({ vacantOnly: false, careType: null, floor: null })}>
                {t('beds.filters.clear')}
              </Button>
            </EmptyState>
          ) : (
            <BoardFloors floors={shownFloors} homeBeds={filters.vacantOnly || filters.careType || filters.floor !== null ? [] : board.homeBeds} onOpen={open} />
          )}
          {drawerWanted && (
            <Suspense fallback={null}>
              <BedDrawer facilityId={facilityId} board={board} bedId={filters.bedId} today={today} isToday={filters.isToday} onClose={close} />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}
