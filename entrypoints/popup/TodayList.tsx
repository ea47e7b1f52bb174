import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDragReorder } from '../../components/use-drag-reorder';
import { moveItem } from '../../lib/domain/move-item';
import './today-list.css';

/** Marks the one control in each row that the list's arrow keys move between (the tick box). */
export const ROW_FOCUS = 'data-row-focus';

/** The keys a row answers to, for `aria-keyshortcuts` and the visible hint. */
export const ROW_KEYS =
  'ArrowUp ArrowDown Home End Alt+ArrowUp Alt+ArrowDown Enter Space Delete L ArrowRight';

export interface RowState {
  /** Whether this row's tick box is the list's one Tab stop. */
  tabStop: boolean;
  /** Moves the row by `offset` places, keeping focus on it. */
  move: (offset: number) => void;
}

interface TodayListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  getLabel: (item: T) => string;
  onReorder: (keys: string[]) => unknown;
  renderRow: (item: T, state: RowState) => ReactNode;
  label: string;
  /** The id of the visible hint that names the keys. */
  hintId: string;
}

/**
 * Today's list, one Tab stop for the whole of it (a roving tab index): the arrow keys, Home and End
 * go from row to row, Alt with an arrow moves the focused row (focus stays with it and the move is
 * announced), and a row can be dragged by its handle. The rows answer their own keys.
 */
export function TodayList<T>({
  items,
  getKey,
  getLabel,
  onReorder,
  renderRow,
  label,
  hintId,
}: TodayListProps<T>) {
  const { t } = useTranslation('popup');
  const list = useRef<HTMLUListElement>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The row to focus once the list shows it in its new place (the move is written first).
  const [focusAfterMove, setFocusAfterMove] = useState<{ key: string; index: number } | null>(null);
  const keys = items.map(getKey);
  const tabStop = current && keys.includes(current) ? current : keys[0];

  const focusRow = (key: string | undefined) =>
    key &&
    list.current?.querySelector<HTMLElement>(`li[data-key="${CSS.escape(key)}"] [${ROW_FOCUS}]`)?.focus();

  const movedTo = focusAfterMove ? keys.indexOf(focusAfterMove.key) : -1;
  useLayoutEffect(() => {
    if (!focusAfterMove || movedTo !== focusAfterMove.index) return;
    focusRow(focusAfterMove.key);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- once, when the moved row is in its place
    setFocusAfterMove(null);
  }, [focusAfterMove, movedTo]);

  function move(from: number, to: number, keepFocus: boolean) {
    if (to < 0 || to >= items.length || from === to) return;
    const key = keys[from]!;
    if (keepFocus) setFocusAfterMove({ key, index: to });
    setAnnouncement(
      t('list.moved', { title: getLabel(items[from]!), position: to + 1, total: items.length }),
    );
    void onReorder(moveItem(keys, from, to));
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    if (!(event.target as HTMLElement).hasAttribute(ROW_FOCUS)) return;
    const vertical = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : 0;
    if (vertical && event.altKey) move(index, index + vertical, true);
    else if (vertical) focusRow(keys[index + vertical]);
    else if (event.key === 'Home') focusRow(keys[0]);
    else if (event.key === 'End') focusRow(keys.at(-1));
    else return;
    event.preventDefault();
  }

  const drag = useDragReorder(keys, (from, to) => move(from, to, false));

  return (
    <>
      <ul className="today-list" aria-label={label} aria-describedby={hintId} ref={list}>
        {items.map((item, index) => {
          const key = keys[index]!;
          return (
            <li
              key={key}
              data-key={key}
              className={['today-row', ...drag.rowClasses(index)].join(' ')}
              onKeyDown={(event) => onKeyDown(event, index)}
              onFocus={(event) => event.target.hasAttribute(ROW_FOCUS) && setCurrent(key)}
              {...drag.rowProps(index)}
            >
              {/* Only the handle drags, so selecting a title's text still works. */}
              <span
                className="row-handle"
                aria-hidden="true"
                title={t('list.drag')}
                {...drag.handleProps(index, getLabel(item))}
              >
                ⠿
              </span>
              {renderRow(item, {
                tabStop: key === tabStop,
                move: (offset) => move(index, index + offset, true),
              })}
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
