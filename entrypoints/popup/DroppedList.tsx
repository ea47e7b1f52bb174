import { useTranslation } from 'react-i18next';
import { tellWorkerListChanged } from '../../components/tell-worker';
import { reopenCommitment } from '../../lib/store/db/commitments';
import type { Commitment } from '../../lib/domain/types';
import './dropped-list.css';

/** The day's dropped commitments, folded away, each one restorable. */
export function DroppedList({ dropped }: { dropped: Commitment[] }) {
  const { t } = useTranslation('popup');
  if (dropped.length === 0) return null;
  return (
    <details className="dropped">
      <summary>{t('dropped.summary', { number: dropped.length })}</summary>
      <ul>
        {dropped.map((c) => (
          <li key={c.id}>
            <span className="dropped-title">{c.title}</span>
            <button
              type="button"
              className="button quiet small"
              aria-label={t('dropped.restoreTitle', { title: c.title })}
              onClick={() => void reopenCommitment(c.id).then(tellWorkerListChanged)}
            >
              {t('dropped.restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
