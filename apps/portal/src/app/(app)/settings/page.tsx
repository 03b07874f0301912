import { SecurityPanel } from '~/features/account/security-panel';
import { PreferencesPanel } from '~/features/preferences/preferences-panel';

export const metadata = { title: 'Settings · Liftgraph' };

export default function SettingsPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Settings</h1>
        </div>
      </div>
      <div className="grid">
        <PreferencesPanel />
        <SecurityPanel />
      </div>
    </>
  );
}
