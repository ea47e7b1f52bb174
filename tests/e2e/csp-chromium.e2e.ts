import { CHROMIUM_LISTENER, describeCsp } from './csp';
import type { Evaluator } from './db';
import { launchExtension } from './harness';

describeCsp('Chromium', async () => {
  const session = await launchExtension();
  // Playwright adds this before every document, extension pages included.
  await session.context.addInitScript(CHROMIUM_LISTENER);
  const home = await session.waitForPage(/options\.html/);
  await home.getByRole('heading', { level: 1 }).waitFor();
  return {
    home: home as unknown as Evaluator,
    async run(check, arg) {
      const page = await session.openPage(arg.path.slice(1));
      try {
        return await (page as unknown as Evaluator).evaluate(check, { ...arg, open: false });
      } finally {
        await page.close();
      }
    },
    close: () => session.close(),
  };
});
