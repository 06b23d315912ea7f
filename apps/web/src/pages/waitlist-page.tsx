import { useParams } from 'react-router';
import { WaitlistWorkspace } from '@web/modules/waitlist/components/waitlist-workspace';

/** 轮候 `/facilities/:facilityId/waitlist`. */
export function WaitlistPage() {
  const { facilityId } = useParams();
  return <WaitlistWorkspace key={facilityId} facilityId={facilityId!} />;
}
