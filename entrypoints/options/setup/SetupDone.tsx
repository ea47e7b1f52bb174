import { useLiveQuery } from 'dexie-react-hooks';
import { Trans, useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { useSettings } from '../../../components/use-storage-items';
import { useNow } from '../../../components/use-today';
import { describePromptTime, nextReviewPromptAt } from '../../../lib/domain/first-prompt';
import { localTimeZone, today } from '../../../lib/platform/clock';
import { finishedReviewDays } from '../../../lib/store/db/reviews';

/** When the first end-of-day prompt comes, in a sentence; none while the settings load. */
function FirstPrompt() {
  const { t } = useTranslation('setup');
  const now = useNow();
  const settings = useSettings();
  const zone = localTimeZone();
  const reviewed = useLiveQuery(() => finishedReviewDays(today(now, zone)), [now, zone]);
  if (!settings || !reviewed) return null;
  const at = nextReviewPromptAt(settings, now, zone, reviewed);
  if (at === null) {
    return (
      <p className="lead first-prompt">
        {settings.promptsEnabled ? t('done.noPromptNoWorkday') : t('done.noPromptOff')}{' '}
        <Trans t={t} i18nKey="done.alwaysThere" components={{ settings: <a href="#/settings" /> }} />
      </p>
    );
  }
  return (
    <p className="lead first-prompt">
      <Trans
        t={t}
        i18nKey="done.firstPrompt"
        values={{ when: describePromptTime(at, now, zone) }}
        components={{ strong: <strong /> }}
      />
    </p>
  );
}

/** The end of setup: when Flourish first asks, and where to go now. */
export function SetupDone() {
  const { t } = useTranslation('setup');
  return (
    <div className="done">
      <FirstPrompt />
      <p>{t('done.seeVision')}</p>
      <p>{t('done.eachMorning')}</p>
      <p className="actions">
        <button type="button" className="button primary" onClick={() => void browser.tabs.create({})}>
          {t('done.openTab')}
        </button>
        <a className="button" href="#/vision">
          {t('done.toFoundation')}
        </a>
      </p>
    </div>
  );
}
