import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReorderableList } from '../../../components/ReorderableList';

function renderList(onReorder = vi.fn()) {
  render(
    <ReorderableList
      items={['Candour', 'Curiosity', 'Care']}
      getKey={(v) => v}
      getLabel={(v) => v}
      label="My values"
      onReorder={onReorder}
      renderItem={(v) => <span>{v}</span>}
    />,
  );
  return onReorder;
}

describe('ReorderableList', () => {
  it('moves an item up with its button and announces the new position', async () => {
    const onReorder = renderList();
    await userEvent.click(screen.getByRole('button', { name: 'Move Care up' }));
    expect(onReorder).toHaveBeenCalledWith(['Candour', 'Care', 'Curiosity']);
    expect(screen.getByText('Care moved to position 2 of 3.')).toBeInTheDocument();
  });

  it('moves an item down by keyboard', async () => {
    const user = userEvent.setup();
    const onReorder = renderList();
    screen.getByRole('button', { name: 'Move Candour down' }).focus();
    await user.keyboard('{Enter}');
    expect(onReorder).toHaveBeenCalledWith(['Curiosity', 'Candour', 'Care']);
  });

  it('does nothing when the first item is moved up or the last down', async () => {
    const onReorder = renderList();
    const up = screen.getByRole('button', { name: 'Move Candour up' });
    expect(up).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(up);
    await userEvent.click(screen.getByRole('button', { name: 'Move Care down' }));
    expect(onReorder).not.toHaveBeenCalled();
  });
});
