import { SitingWorkspace } from '@web/modules/siting/components/siting-workspace';

/** `/siting` 选址建议: where new community facilities bring the most older people into a service circle. */
export function SitingPage() {
  return <SitingWorkspace />;
}
