/** Display preferences in Settings: theme and row density, kept in this window's local storage. */
import { densities, usePreferencesStore, type Density } from '../store/preferences-store';
import { ChoiceSelect } from './ChoiceSelect';
import { Panel } from './Panel';
import { ThemeSwitch } from './ThemeSwitch';

const densityNames: Record<Density, string> = { comfortable: 'Comfortable', compact: 'Compact' };

export function DisplaySettings() {
  const density = usePreferencesStore((state) => state.density);
  const setDensity = usePreferencesStore((state) => state.setDensity);
  return (
    <Panel title="Display">
      <p className="note">Remembered on this computer; figures and data are not affected.</p>
      <div className="settings-form">
        <label className="field">
          <span>Theme</span>
          <ThemeSwitch />
        </label>
        <label className="field">
          <span>Table rows</span>
          <ChoiceSelect value={density} choices={densities} names={densityNames} onChange={setDensity} />
        </label>
      </div>
    </Panel>
  );
}
