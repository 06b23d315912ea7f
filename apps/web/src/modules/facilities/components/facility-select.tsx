import { Select } from 'antd';

interface Props {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(id: string): void;
}

/** The switch itself, loaded with its own chunk (see FacilitySwitcher). */
export function FacilitySelect({ label, value, options, onChange }: Props) {
  return (
    <Select
      className="facility-switcher"
      aria-label={label}
      value={value}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      onChange={onChange}
    />
  );
}
