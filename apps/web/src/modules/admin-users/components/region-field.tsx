import { useRegionsQuery } from '@web/data/regions/region-query';
import { RegionPicker } from '@web/modules/regions/components/region-picker';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (code: string) => void;
  ariaLabel: string;
}

/** The region tree picker as a form control: the chosen region's name is read for its label. */
export function RegionField({ id, value, onChange, ariaLabel }: Props) {
  const [region] = useRegionsQuery(value ? [value] : []);
  return <RegionPicker id={id ?? 'user-region'} value={value ?? null} valueName={region?.data?.name} onChange={(code) => onChange?.(code)} ariaLabel={ariaLabel} />;
}
