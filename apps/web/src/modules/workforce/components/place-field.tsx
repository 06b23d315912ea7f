import { RegionPicker } from '@web/modules/regions/components/region-picker';

/** A region picker as a form control: Form.Item gives it `value` and `onChange`. */
export function PlaceField({ id, value, onChange, ariaLabel }: { id: string; value?: string; onChange?: (code: string) => void; ariaLabel: string }) {
  return <RegionPicker id={id} value={value ?? null} valueName={undefined} onChange={(code) => onChange?.(code)} ariaLabel={ariaLabel} />;
}
