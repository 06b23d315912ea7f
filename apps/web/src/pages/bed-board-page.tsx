import { useParams } from 'react-router';
import { BedBoard } from '@web/modules/beds/components/bed-board';

/** 床位一览 /facilities/:facilityId/beds?date=&vacant=&careType=&floor=&bed= */
export function BedBoardPage() {
  const { facilityId = '' } = useParams();
  return <BedBoard key={facilityId} facilityId={facilityId} />;
}
