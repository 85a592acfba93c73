/** The theme switch in the title bar: follow the OS, or always light, or always dark. */
import { themeChoices, usePreferencesStore, type ThemeChoice } from '../store/preferences-store';

const names: Record<ThemeChoice, string> = { system: 'System theme', light: 'Light', dark: 'Dark' };

export function ThemeSwitch() {
  const theme = usePreferencesStore((state) => state.theme);
  const setTheme = usePreferencesStore((state) => state.setTheme);
  return (
    <select
      className="title-bar__select"
      aria-label="Theme"
      value={theme}
      onChange={(event) => {
        const chosen = themeChoices.find((choice) => choice === event.target.value);
        if (chosen !== undefined) setTheme(chosen);
      }}
    >
      {themeChoices.map((choice) => (
        <option key={choice} value={choice}>
          {names[choice]}
        </option>
      ))}
    </select>
  );
}
