import { Input } from 'antd';

/**
 * A date as the API takes it (YYYY-MM-DD), with the tablet's own date picker: nothing to load, large targets, and a
 * value typed in stays what it says. Empty is empty (never a silent "today").
 */
export function DateField({ id, value, onChange, max }: { id?: string; value?: string; onChange?: (value: string | undefined) => void; max?: string }) {
  return <Input id={id} type="date" className="date-field" value={value ?? ''} max={max} onChange={(event) => onChange?.(event.target.value || undefined)} />;
}
