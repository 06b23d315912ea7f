import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useElderMode } from '@web/app/elder-mode';
import {
  useCurrentStayQuery,
  useFacilityNameQuery,
  useIncidentsQuery,
  useLatestAssessmentQuery,
  useRegionNameQuery,
  useVisitsQuery,
} from '@web/data/family/queries';
import { useWaitlistHomesQuery } from '@web/data/family-account/waitlist-homes-query';
import type { FamilyOrder, Relative } from '@web/data/family/types';
import { useText } from '@web/modules/residents/hooks/use-text';
import { homeTownship } from '../utils/home-township';
import { relativeNews, type NewsItem } from '../utils/relative-news';
import { clock, dayLabel } from '../utils/when';

/** Where the relative lives now: the bed of their current stay, or their home township. */
function Whereabouts({ relative }: { relative: Relative }) {
  const { t } = useTranslation();
  const stay = useCurrentStayQuery(relative.id);
  const facility = useFacilityNameQuery(stay.data?.facilityId);
  const township = useRegionNameQuery(homeTownship(relative.residenceRegionCode));
  if (stay.data) return <p className="relative__line">{t('family.home.inStay', { facility: facility.data ?? t('family.home.aFacility'), bed: stay.data.bedCode })}</p>;
  return <p className="relative__line">{t('family.home.atHome', { township: township.data ?? relative.residenceRegionCode })}</p>;
}

function Assessment({ residentId }: { residentId: string }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const latest = useLatestAssessmentQuery(residentId);
  if (latest.isPending) return null;
  if (!latest.data) return <p className="relative__line">{t('family.home.notAssessed')}</p>;
  return (
    <p className="relative__line">
      {t('family.home.level', { level: text(latest.data.finalLevelLabel) })}
      <span className="hint">{t('family.home.assessedOn', { date: dayLabel(latest.data.assessedOn, i18n.language) })}</span>
    </p>
  );
}

/** Each open application with its place and why, or an invitation to apply; the waiting-list page has the rest. */
function Waitlist({ residentId }: { residentId: string }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const homes = useWaitlistHomesQuery(residentId);
  const applied = (homes.data ?? []).filter((home) => home.application);
  const link = <Link to={`/family/waitlist?residentId=${residentId}`}>{t(applied.length ? 'family.home.waitlistLink' : 'family.home.waitlistApply')}</Link>;
  if (homes.isPending) return null;
  return (
    <div className="relative__line">
      {t('family.home.waitlist')}
      {applied.length === 0 ? (
        <>
          {t('family.home.waitlistNone')} {link}
        </>
      ) : (
        <>
          <ul className="relative__applications">
            {applied.map(({ facilityId, name, application }) => (
              <li key={facilityId}>
                <strong>{name}</strong>{' '}
                {application!.status === 'offered' && application!.offer
                  ? t('family.home.waitlistOffered', { bed: application!.offer.bedCode, until: `${dayLabel(String(application!.offer.expiresAt), i18n.language)} ${clock(String(application!.offer.expiresAt))}` })
                  : application!.status === 'suspended'
                    ? t('family.home.waitlistSuspended', { until: application!.suspendedUntil })
                    : t('family.home.waitlistPlace', { position: application!.position })}
                {application!.why && <span className="hint"> · {text(application!.why)}</span>}
              </li>
            ))}
          </ul>
          {link}
        </>
      )}
    </div>
  );
}

function NewsLine({ item }: { item: NewsItem }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const when = `${dayLabel(item.at, i18n.language)} ${clock(item.at)}`;
  let what: string;
  if (item.kind === 'incident') what = t('family.home.incident', { description: item.description });
  else if (item.kind === 'visit') what = t('family.home.visit', { mode: t(`residents.page.visitModes.${item.mode}`), outcome: t(`residents.page.visitOutcomes.${item.outcome}`) });
  else {
    what = t(item.status === 'completed' ? 'family.home.completed' : 'family.home.checkedIn', { type: text(item.serviceType), time: clock(item.at) });
    if (item.by) what += ` · ${t('family.home.by', { name: item.by })}`;
  }
  return (
    <li className={`news news--${item.kind}`}>
      <span className="news__when">{when}</span>
      <span className="news__what">{what}</span>
    </li>
  );
}

/** One relative on the family's home page: where they are, their assessed level, the waiting list, what is new. */
export function RelativeCard({ relative, orders }: { relative: Relative; orders: readonly FamilyOrder[] }) {
  const { t } = useTranslation();
  const { on: elder } = useElderMode();
  const incidents = useIncidentsQuery(relative.id);
  const visits = useVisitsQuery(relative.id);
  const news = relativeNews(relative.id, { incidents: incidents.data ?? [], visits: visits.data ?? [], orders });
  const headingId = `relative-${relative.id}`;
  return (
    <section className="relative" aria-labelledby={headingId} data-testid="relative">
      <h2 id={headingId} className="relative__name">
        {relative.name}
        <span className="relative__age">{t('family.home.age', { age: relative.age })}</span>
      </h2>
      {!elder && (
        <>
          <Whereabouts relative={relative} />
          <Assessment residentId={relative.id} />
          <Waitlist residentId={relative.id} />
        </>
      )}
      <h3 className="relative__news-title">{t('family.home.news')}</h3>
      {news.length ? (
        <ul className="news-list">
          {news.map((item) => (
            <NewsLine key={`${item.kind}-${item.id}`} item={item} />
          ))}
        </ul>
      ) : (
        <p className="hint">{t('family.home.noNews')}</p>
      )}
    </section>
  );
}
