import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem } from '../lib/domain/move-item';
import { useDragReorder } from './use-drag-reorder';
import './reorderable-list.css';

interface ReorderableListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  /** The item's name, for the move buttons' labels and the announcement after a move. */
  getLabel: (item: T) => string;
  /** Called with the keys in their new order. */
  onReorder: (keys: string[]) => unknown;
  renderItem: (item: T, index: number) => ReactNode;
  label: string;
  className?: string;
  /** Renders list items as an ordered list (rank matters). */
  ordered?: boolean;
}

/**
 * A list the user can reorder by dragging a row, or by keyboard with each row's move-up and
 * move-down buttons. Moves are announced to screen readers and focus stays on the moved row.
 */
export function ReorderableList<T>(props: ReorderableListProps<T>) {
  const { items, getKey, getLabel, onReorder } = props;
  const { t } = useTranslation('components');
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useRef<{ key: string; direction: 'up' | 'down'; index: number } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  // Focus returns to the moved row's button once the list shows the new order (the move is written
  // to the database first, so that can be a render or two later). Moving a row re-inserts its
  // element, which drops focus to the page; without this, keyboard users would lose their place.
  useLayoutEffect(() => {
    const target = focusAfterMove.current;
    if (!target || items.findIndex((item) => getKey(item) === target.key) !== target.index) return;
    focusAfterMove.current = null;
    buttons.current.get(`${target.key}:${target.direction}`)?.focus();
  }, [items, getKey]);

  function move(from: number, to: number, direction?: 'up' | 'down') {
    if (to < 0 || to >= items.length || from === to) return;
    const item = items[from]!;
    const keys = moveItem(items.map(getKey), from, to);
    if (direction) focusAfterMove.current = { key: getKey(item), direction, index: to };
    setAnnouncement(t('reorder.moved', { name: getLabel(item), position: to + 1, total: items.length }));
    void onReorder(keys);
  }

  const drag = useDragReorder(items.map(getKey), (from, to) => move(from, to));

  const List = props.ordered ? 'ol' : 'ul';
  return (
    <>
      <List className={`reorderable ${props.className ?? ''}`} aria-label={props.label}>
        {items.map((item, index) => {
          const key = getKey(item);
          const name = getLabel(item);
          return (
            <li
              key={key}
              className={['reorderable-item', ...drag.rowClasses(index)].join(' ')}
              {...drag.rowProps(index)}
            >
              {/* Only the handle drags, so selecting text in a row's fields still works. */}
              <span
                className="drag-handle"
                aria-hidden="true"
                title={t('reorder.drag')}
                {...drag.handleProps(index, name)}
              >
                ⠿
              </span>
              <div className="reorderable-content">{props.renderItem(item, index)}</div>
              <div className="move-buttons">
                <button
                  type="button"
                  className="button quiet icon"
                  aria-label={t('reorder.moveUp', { name })}
                  aria-disabled={index === 0}
                  ref={(element) => {
                    if (element) buttons.current.set(`${key}:up`, element);
                    else buttons.current.delete(`${key}:up`);
                  }}
                  onClick={() => move(index, index - 1, 'up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button quiet icon"
                  aria-label={t('reorder.moveDown', { name })}
                  aria-disabled={index === items.length - 1}
                  ref={(element) => {
                    if (element) buttons.current.set(`${key}:down`, element);
                    else buttons.current.delete(`${key}:down`);
                  }}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  ↓
                </button>
              </div>
            </li>
          );
        })}
      </List>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
