import { launchChromium } from './chromium-driver';
import { describeFlows } from './flows';

describeFlows('Chromium', () => launchChromium());
