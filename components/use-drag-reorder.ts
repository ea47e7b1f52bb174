import { useState, type DragEvent } from 'react';

/**
 * Reordering a list by dragging a row's handle, shared by the options lists and the popup's list:
 * where a dragged row would land (a line before or after a row), and the move once it is dropped.
 * `move(from, to)` gets list positions; the list decides what a move announces and focuses.
 */
export function useDragReorder(keys: readonly string[], move: (from: number, to: number) => void) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);

  function end() {
    setDragging(null);
    setDropIndex(null);
  }

  return {
    /** The row's classes while a drag is on: the row dragged, and the line where it would land. */
    rowClasses: (index: number) =>
      [
        dragging === keys[index] && 'is-dragging',
        dropIndex === index && 'drop-before',
        dropIndex === index + 1 && index === keys.length - 1 && 'drop-after',
      ].filter((name): name is string => Boolean(name)),
    /** For the row (`li`): where a drag over it would land, and the drop. */
    rowProps: (index: number) => ({
      onDragOver(event: DragEvent) {
        if (dragging === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const box = event.currentTarget.getBoundingClientRect();
        setDropIndex(index + (event.clientY > box.top + box.height / 2 ? 1 : 0));
      },
      onDrop(event: DragEvent) {
        event.preventDefault();
        const from = dragging === null ? -1 : keys.indexOf(dragging);
        if (from >= 0 && dropIndex !== null) move(from, dropIndex > from ? dropIndex - 1 : dropIndex);
        end();
      },
      onDragEnd: end,
    }),
    /** For the row's handle, the only part that drags (so selecting text in a row still works). */
    handleProps: (index: number, label: string) => ({
      draggable: true,
      onDragStart(event: DragEvent) {
        const row = event.currentTarget.closest('li');
        if (row) event.dataTransfer.setDragImage(row, 16, 16);
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', label);
        setDragging(keys[index]!);
      },
    }),
  };
}
