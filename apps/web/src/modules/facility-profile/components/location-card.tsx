import { Form, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFacilityLocationQuery } from '@web/data/places/facility-location-query';
import { usePutFacilityLocationMutation } from '@web/data/places/put-facility-location-mutation';
import { ErrorNotice } from '@web/ui/error-notice';
import { useFacilityPermissions } from '../hooks/use-facility-permissions';
import { placeProblems } from './form-failure';
import { RecordCard } from './record-card';

const SHOWN = ['lat', 'lng', 'crs'];

interface Values {
  lat?: number;
  lng?: number;
  crs: 'gcj02' | 'wgs84';
}

/**
 * 位置: where the facility stands, the centre of its service circle. People read coordinates off Amap or Tencent Maps
 * (GCJ-02) more often than off a GPS, so that is the default; the API stores WGS-84 and shows what it stored.
 */
export function LocationCard({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const permissions = useFacilityPermissions();
  const location = useFacilityLocationQuery(facilityId);
  const put = usePutFacilityLocationMutation(facilityId);
  const [form] = Form.useForm<Values>();
  const submit = (values: Values, done: (saved: string) => void) =>
    put.mutate(
      { lat: values.lat!, lng: values.lng!, crs: values.crs },
      { onSuccess: () => done(t('places.location.saved')), onError: (error) => placeProblems(form, error, SHOWN) },
    );
  const fields = (
    <>
      <Form.Item name="crs" label={t('places.location.crs')} initialValue="gcj02">
        <Radio.Group
          optionType="button"
          className="facility-choice"
          options={[
            { value: 'gcj02', label: t('places.location.crsGcj02') },
            { value: 'wgs84', label: t('places.location.crsWgs84') },
          ]}
        />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="lat" label={t('places.location.lat')} rules={[{ required: true, message: t('places.location.latRequired') }]}>
          <InputNumber min={3} max={54} precision={6} step={0.000001} inputMode="decimal" />
        </Form.Item>
        <Form.Item name="lng" label={t('places.location.lng')} rules={[{ required: true, message: t('places.location.lngRequired') }]}>
          <InputNumber min={73} max={136} precision={6} step={0.000001} inputMode="decimal" />
        </Form.Item>
      </div>
    </>
  );
  const point = location.data;
  return (
    <RecordCard<Values>
      id="location-title"
      title={t('places.location.title')}
      hint={t('places.location.hint')}
      addLabel={t(point ? 'places.location.change' : 'places.location.set')}
      lockedReason={permissions.editProfile ? null : t('places.location.readOnly')}
      form={form}
      fields={fields}
      submit={submit}
      mutation={put}
      shown={SHOWN}
    >
      {location.error ? (
        <ErrorNotice error={location.error} onRetry={() => void location.refetch()} />
      ) : location.isPending ? (
        <p>…</p>
      ) : point ? (
        <dl className="facility-facts">
          <div className="facility-facts__row">
            <dt>{t('places.location.title')}</dt>
            <dd>{t('places.location.current', { lat: point.lat.toFixed(6), lng: point.lng.toFixed(6) })}</dd>
          </div>
        </dl>
      ) : (
        <p className="hint">{t('places.location.none')}</p>
      )}
    </RecordCard>
  );
}
