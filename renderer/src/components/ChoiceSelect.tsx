/** A select over a fixed list of string choices, answering only values of that list. */
interface ChoiceSelectProps<Choice extends string> {
  readonly value: Choice;
  readonly choices: readonly Choice[];
  readonly names: Readonly<Record<Choice, string>>;
  readonly onChange: (choice: Choice) => void;
  /** Needed when no `<label>` around the select names it. */
  readonly label?: string | undefined;
  readonly className?: string | undefined;
}

export function ChoiceSelect<Choice extends string>({
  value,
  choices,
  names,
  onChange,
  label,
  className,
}: ChoiceSelectProps<Choice>) {
  return (
    <select
      className={className}
      aria-label={label}
      value={value}
      onChange={(event) => {
        const chosen = choices.find((choice) => choice === event.target.value);
        if (chosen !== undefined) onChange(chosen);
      }}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {names[choice]}
        </option>
      ))}
    </select>
  );
}
