import { useParams } from 'react-router';
import { ServicesWorkspace } from '@web/modules/services/components/services-workspace';

/** 今日服务 `/facilities/:facilityId/services?date=&view=day|week`. */
export function ServicesPage() {
  const { facilityId } = useParams();
  return <ServicesWorkspace key={facilityId} facilityId={facilityId!} />;
}
