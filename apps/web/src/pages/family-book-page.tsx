import { BookFlow } from '@web/modules/family/components/book-flow';

/** `/family/book`: 预约服务. */
export function FamilyBookPage() {
  return <BookFlow />;
}
