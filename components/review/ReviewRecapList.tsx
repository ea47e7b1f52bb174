import { useTranslation } from 'react-i18next';
import { formatDayShort } from '../../lib/domain/format';
import type { ReviewRecap } from '../../lib/domain/review-recap';
import { i18n } from '../../lib/i18n';

/** The finished review in a few lines: done, carried (and where), let go, and tomorrow's focus. */
export function ReviewRecapList({ recap }: { recap: ReviewRecap }) {
  const { t } = useTranslation('review', { i18n });
  const { done, carried, dropped, focus } = recap;
  if (done.length + carried.length + dropped.length === 0 && !focus) return null;
  return (
    <dl className="review-recap">
      {done.length > 0 && (
        <div>
          <dt>{t('recap.done')}</dt>
          {done.map((title, index) => (
            <dd key={index}>{title}</dd>
          ))}
        </div>
      )}
      {carried.length > 0 && (
        <div>
          <dt>{t('recap.carried')}</dt>
          {carried.map(({ title, to }, index) => (
            <dd key={index}>
              {title} <span className="recap-day">→ {formatDayShort(to)}</span>
            </dd>
          ))}
        </div>
      )}
      {dropped.length > 0 && (
        <div>
          <dt>{t('recap.letGo')}</dt>
          {dropped.map((title, index) => (
            <dd key={index}>{title}</dd>
          ))}
        </div>
      )}
      {focus && (
        <div>
          <dt>{t('recap.focus')}</dt>
          <dd>{focus}</dd>
        </div>
      )}
    </dl>
  );
}
