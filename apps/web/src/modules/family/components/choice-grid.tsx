import type { ReactNode } from 'react';

interface Choice {
  value: string;
  label: ReactNode;
}

/** Large buttons to pick one of a few (a relative, a service type): one tap each, the chosen one pressed. */
export function ChoiceGrid({ legend, choices, value, onChange }: { legend: string; choices: readonly Choice[]; value: string | undefined; onChange: (value: string) => void }) {
  return (
    <fieldset className="choice-grid">
      <legend className="family__step">{legend}</legend>
      <div className="choice-grid__items">
        {choices.map((choice) => (
          <button key={choice.value} type="button" className="choice" aria-pressed={choice.value === value} onClick={() => onChange(choice.value)}>
            {choice.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
