import { useId } from "react";

export type CheckboxOption = { value: string; label: React.ReactNode };

type CheckboxGroupProps = {
  legend: string;
  /** Every box posts under this name, so the server reads the ticked ones as a list. */
  name: string;
  options: readonly CheckboxOption[];
  defaultValues: readonly string[];
  error?: string;
};

/** A set of checkboxes named by its legend, with the group's error message tied to the group for screen readers. */
export function CheckboxGroup({ legend, name, options, defaultValues, error }: CheckboxGroupProps) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      <div className="space-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValues.includes(option.value)} className="mt-0.5 h-4 w-4 rounded border-slate-300" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
