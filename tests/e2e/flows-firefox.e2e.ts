import { launchFirefox } from './firefox-driver';
import { describeFlows } from './flows';

describeFlows('Firefox', () => launchFirefox());
