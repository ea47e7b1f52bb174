import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-autosave';
import './save-status.css';

/** The visible "Saved" state of an autosaved field; errors are announced. */
export function SaveStatus({ state, id }: { state: SaveState; id?: string }) {
  const { t } = useTranslation('components');
  if (state.kind === 'error') {
    return (
      <span id={id} className="save-status error" role="alert">
        {state.message}
      </span>
    );
  }
  const text = {
    idle: '',
    pending: t('saveStatus.editing'),
    saving: t('common:saving'),
    saved: t('common:saved'),
  }[state.kind];
  return (
    <span id={id} className={`save-status ${state.kind}`} aria-live="polite">
      {text}
    </span>
  );
}
