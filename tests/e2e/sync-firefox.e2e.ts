import { launchFirefox } from './firefox-driver';
import { describeSyncFlows } from './sync-flows';

describeSyncFlows('Firefox', () => launchFirefox());
