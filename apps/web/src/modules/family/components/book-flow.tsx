import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBookableSlotsQuery, useRegionNameQuery, useRelativesQuery } from '@web/data/family/queries';
import type { FamilyOrder, Relative, Slot } from '@web/data/family/types';
import { useServiceTypesQuery } from '@web/data/services/service-types-query';
import { useText } from '@web/modules/residents/hooks/use-text';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import { homeTownship } from '../utils/home-township';
import { clock, dayLabel, newIdempotencyKey } from '../utils/when';
import { ChoiceGrid } from './choice-grid';
import { ConfirmStep } from './confirm-step';
import { SlotList } from './slot-list';
import '../family.css';

/** The slot being confirmed, with the key of this confirmation. */
interface Confirming {
  slot: Slot;
  key: string;
}

function Slots({ relative, serviceType, typeName, exclude, onChoose }: { relative: Relative; serviceType: string; typeName: string; exclude?: string; onChoose: (slot: Slot) => void }) {
  const { t } = useTranslation();
  const township = useRegionNameQuery(homeTownship(relative.residenceRegionCode));
  const slots = useBookableSlotsQuery(relative.residenceRegionCode, serviceType);
  const items = slots.data?.items.filter((slot) => slot.id !== exclude) ?? [];
  return (
    <section aria-labelledby="slots-title">
      <h2 id="slots-title" className="family__step">
        {t('family.book.whichSlot')}
      </h2>
      <p className="hint">{t('family.book.nearHome', { township: township.data ?? relative.residenceRegionCode })}</p>
      {slots.error ? (
        <ErrorNotice error={slots.error} onRetry={() => void slots.refetch()} />
      ) : !slots.data ? (
        <PageLoading rows={3} />
      ) : items.length === 0 ? (
        <EmptyState title={t('family.book.noSlots', { type: typeName })} />
      ) : (
        <SlotList slots={items} onChoose={onChoose} />
      )}
    </section>
  );
}

/** 预约服务: relative → service type → a slot near their home → the price split, then one confirmation. */
export function BookFlow() {
  const { t, i18n } = useTranslation();
  const text = useText();
  const relatives = useRelativesQuery();
  const types = useServiceTypesQuery();
  const [chosenRelative, setRelative] = useState<string>();
  const [serviceType, setServiceType] = useState<string>();
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [filled, setFilled] = useState<string | null>(null);
  const [booked, setBooked] = useState<FamilyOrder | null>(null);

  if (relatives.error) return <ErrorNotice error={relatives.error} onRetry={() => void relatives.refetch()} page />;
  if (!relatives.data || !types.data) return <PageLoading />;
  const people = relatives.data.items;
  const relative = people.find((person) => person.id === chosenRelative) ?? (people.length === 1 ? people[0] : undefined);
  const type = types.data.find((candidate) => candidate.code === serviceType);
  const choose = (slot: Slot) => {
    setFilled(null);
    setConfirming({ slot, key: newIdempotencyKey() });
  };
  const restart = () => {
    setBooked(null);
    setConfirming(null);
    setServiceType(undefined);
  };

  let body;
  if (people.length === 0) body = <EmptyState title={t('family.home.noRelatives')} />;
  else if (booked)
    body = (
      <div className="stack">
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('family.book.done', { who: booked.residentName, date: dayLabel(booked.startsAt, i18n.language), time: clock(booked.startsAt), type: text(booked.serviceTypeLabel) })}
        />
        <Link to="/family/orders" className="family__action family__action--primary">
          {t('family.book.viewOrders')}
        </Link>
        <Button size="large" block className="family__big" onClick={restart}>
          {t('family.book.again')}
        </Button>
      </div>
    );
  else if (relative && type && confirming)
    body = (
      <ConfirmStep
        relative={relative}
        slot={confirming.slot}
        idempotencyKey={confirming.key}
        onBooked={setBooked}
        onFull={() => {
          setFilled(confirming.slot.id);
          setConfirming(null);
        }}
        onBack={() => setConfirming(null)}
      />
    );
  else
    body = (
      <>
        {people.length > 1 && (
          <ChoiceGrid legend={t('family.book.forWhom')} value={relative?.id} onChange={setRelative} choices={people.map((person) => ({ value: person.id, label: person.name }))} />
        )}
        {relative && (
          <ChoiceGrid
            legend={t('family.book.whichService')}
            value={serviceType}
            onChange={(code) => {
              setFilled(null);
              setServiceType(code);
            }}
            choices={types.data.map((candidate) => ({ value: candidate.code, label: text(candidate.label) }))}
          />
        )}
        <div aria-live="assertive">{filled && <Alert type="warning" showIcon role="alert" title={t('family.book.justFilled')} />}</div>
        {relative && type && <Slots relative={relative} serviceType={type.code} typeName={text(type.label)} exclude={filled ?? undefined} onChoose={choose} />}
      </>
    );
  return (
    <div className="stack family">
      <h1 className="family__title">
        {t('family.book.title')}
        {relative && people.length === 1 ? ` · ${relative.name}` : ''}
      </h1>
      {body}
    </div>
  );
}
