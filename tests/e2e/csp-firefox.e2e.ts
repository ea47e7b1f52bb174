import { describeCsp } from './csp';
import { launchFirefox } from './firefox-driver';

describeCsp('Firefox', async () => {
  const browser = await launchFirefox();
  const home = await browser.installTab();
  await home.waitFor('heading', 'Welcome to Flourish');
  return {
    home,
    // Opened from the set-up tab, which listens on the new window before its page arrives.
    run: (check, arg) => home.evaluate(check, { ...arg, open: true }),
    close: () => browser.close(),
  };
});
