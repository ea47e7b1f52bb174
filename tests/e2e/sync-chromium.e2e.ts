import { launchChromium } from './chromium-driver';
import { describeSyncFlows } from './sync-flows';

describeSyncFlows('Chromium', () => launchChromium());
