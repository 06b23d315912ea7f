import { useParams, useSearchParams } from 'react-router';
import { AdmissionFromPerson } from '@web/modules/admissions/components/admission-from-person';

/** Admission from a person /facilities/:facilityId/admit?residentId= */
export function AdmissionPage() {
  const { facilityId = '' } = useParams();
  const [params] = useSearchParams();
  return <AdmissionFromPerson facilityId={facilityId} residentId={params.get('residentId')} />;
}
