import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  id: string;
  title: string;
  canDrop: boolean;
  isFirst: boolean;
  isLast: boolean;
  panelOpen: boolean;
  onClose: () => void;
  onEdit: () => void;
  onTogglePanel: () => void;
  onMove: (offset: number) => void;
  onDrop: () => void;
}

/**
 * A row's actions, shown by its ⋯ button: edit, links and plan, move, drop. Focus starts on the
 * first; the arrow keys and Tab go along them, and Escape closes them back to the row.
 */
export function RowActions(props: RowActionsProps) {
  const { t } = useTranslation('popup');
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    group.current?.querySelector('button')?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (event.key === 'Escape') props.onClose();
    else if (step && at >= 0) buttons[(at + step + buttons.length) % buttons.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div
      id={props.id}
      className="row-actions"
      role="group"
      aria-label={t('row.actions', { title: props.title })}
      onKeyDown={onKeyDown}
      ref={group}
    >
      <button type="button" className="button quiet small" aria-keyshortcuts="Enter" onClick={props.onEdit}>
        {t('menu.edit')}
      </button>
      <button
        type="button"
        className="button quiet small"
        aria-keyshortcuts="L"
        aria-expanded={props.panelOpen}
        onClick={props.onTogglePanel}
      >
        {t('menu.link')}
      </button>
      <button
        type="button"
        className="button quiet small"
        aria-keyshortcuts="Alt+ArrowUp"
        aria-disabled={props.isFirst}
        onClick={() => !props.isFirst && props.onMove(-1)}
      >
        {t('menu.up')}
      </button>
      <button
        type="button"
        className="button quiet small"
        aria-keyshortcuts="Alt+ArrowDown"
        aria-disabled={props.isLast}
        onClick={() => !props.isLast && props.onMove(1)}
      >
        {t('menu.down')}
      </button>
      {props.canDrop && (
        <button
          type="button"
          className="button quiet small"
          aria-keyshortcuts="Delete"
          onClick={props.onDrop}
        >
          {t('menu.drop')}
        </button>
      )}
    </div>
  );
}
