import { RegionPicker } from '@web/modules/regions/components/region-picker';

/** The region picker as a form field (Form.Item gives value and onChange). */
export function RegionField({ id, value, onChange, ariaLabel }: { id: string; value?: string; onChange?: (code: string) => void; ariaLabel: string }) {
  return <RegionPicker id={id} value={value ?? null} valueName={undefined} onChange={(code) => onChange?.(code)} ariaLabel={ariaLabel} />;
}
