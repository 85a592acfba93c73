/** Display preferences in Settings: theme and row density, kept in this window's local storage. */
import {
  densities,
  themeChoices,
  usePreferencesStore,
  type Density,
  type ThemeChoice,
} from '../store/preferences-store';
import { Panel } from './Panel';

const themeNames: Record<ThemeChoice, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};
const densityNames: Record<Density, string> = { comfortable: 'Comfortable', compact: 'Compact' };

export function DisplaySettings() {
  const theme = usePreferencesStore((state) => state.theme);
  const density = usePreferencesStore((state) => state.density);
  const setTheme = usePreferencesStore((state) => state.setTheme);
  const setDensity = usePreferencesStore((state) => state.setDensity);
  return (
    <Panel title="Display">
      <p className="note">Remembered on this computer; figures and data are not affected.</p>
      <div className="settings-form">
        <label className="field">
          <span>Theme</span>
          <select
            value={theme}
            onChange={(event) => {
              const chosen = themeChoices.find((choice) => choice === event.target.value);
              if (chosen !== undefined) setTheme(chosen);
            }}
          >
            {themeChoices.map((choice) => (
              <option key={choice} value={choice}>
                {themeNames[choice]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Table rows</span>
          <select
            value={density}
            onChange={(event) => {
              const chosen = densities.find((choice) => choice === event.target.value);
              if (chosen !== undefined) setDensity(chosen);
            }}
          >
            {densities.map((choice) => (
              <option key={choice} value={choice}>
                {densityNames[choice]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </Panel>
  );
}
