import { FamilyHome } from '@web/modules/family/components/family-home';

/** `/family`: 我的家人. */
export function FamilyHomePage() {
  return <FamilyHome />;
}
