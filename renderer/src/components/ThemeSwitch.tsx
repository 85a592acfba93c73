/** The theme choice: follow the OS, or always light, or always dark (title bar and Settings). */
import { themeChoices, usePreferencesStore, type ThemeChoice } from '../store/preferences-store';
import { ChoiceSelect } from './ChoiceSelect';

const themeNames: Record<ThemeChoice, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

interface ThemeSwitchProps {
  /** Needed when no `<label>` around the switch names it (the title bar). */
  readonly label?: string;
  readonly className?: string;
}

export function ThemeSwitch({ label, className }: ThemeSwitchProps) {
  const theme = usePreferencesStore((state) => state.theme);
  const setTheme = usePreferencesStore((state) => state.setTheme);
  return (
    <ChoiceSelect
      value={theme}
      choices={themeChoices}
      names={themeNames}
      onChange={setTheme}
      label={label}
      className={className}
    />
  );
}
