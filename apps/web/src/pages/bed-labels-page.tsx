import { useParams } from 'react-router';
import { BedLabelsSheet } from '@web/modules/beds/components/bed-labels-sheet';

/** A4 sheet of bed QR labels /facilities/:facilityId/beds/labels?floor= */
export function BedLabelsPage() {
  const { facilityId = '' } = useParams();
  return <BedLabelsSheet facilityId={facilityId} />;
}
