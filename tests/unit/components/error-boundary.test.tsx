import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, errorDetail } from '../../../components/ErrorBoundary';

/** A child that throws while drawing as long as `broken.now` is true. */
const broken = { now: true };
function Fragile() {
  if (broken.now) throw new TypeError('Cannot read properties of undefined (reading "title")');
  return <p>Drawn again</p>;
}

beforeEach(() => {
  broken.now = true;
  // React reports every caught error on the console; the message on the page is what is tested.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('the error boundary', () => {
  it('says in plain words what happened and that nothing was deleted, with the detail tucked away', () => {
    render(
      <ErrorBoundary scope="section" heading="Coach summary couldn’t be shown">
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Coach summary couldn’t be shown');
    expect(alert).toHaveTextContent('Nothing was deleted: everything you saved is still on this device.');
    expect(alert).toHaveTextContent('The other sections still work.');
    const details = screen.getByText('Technical details').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('TypeError: Cannot read properties of undefined (reading "title")');
  });

  it('moves focus to its heading, so keyboard and screen-reader users land on the message', () => {
    render(
      <ErrorBoundary scope="section" heading="Goals couldn’t be shown">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Goals couldn’t be shown' })).toHaveFocus();
  });

  it('draws the section again on “Reload this section”', async () => {
    const user = userEvent.setup();
    render(
      <ErrorBoundary scope="section">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'This section couldn’t be shown' })).toBeInTheDocument();
    broken.now = false;
    await user.click(screen.getByRole('button', { name: 'Reload this section' }));
    expect(screen.getByText('Drawn again')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('draws its children again when a reset key changes (another section was chosen)', () => {
    const { rerender } = render(
      <ErrorBoundary scope="section" resetKeys={['#/summary']}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken.now = false;
    rerender(
      <ErrorBoundary scope="section" resetKeys={['#/goals']}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Drawn again')).toBeInTheDocument();
  });

  it('as a whole page, is the page’s main landmark and offers to reload the page', async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    render(
      <ErrorBoundary scope="page">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('alert'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Flourish couldn’t show this page');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was deleted');
    await user.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('draws its children untouched when nothing throws', () => {
    broken.now = false;
    render(
      <ErrorBoundary scope="page">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Drawn again')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the technical detail', () => {
  it.each([
    [
      Object.assign(new RangeError('Not a calendar date: '), { stack: undefined }),
      'RangeError: Not a calendar date: ',
    ],
    // Firefox: the stack is the frames alone, so the name and message go first.
    [
      Object.assign(new Error('boom'), { stack: 'render@moz-extension://x/options.js:1:2' }),
      'Error: boom\nrender@moz-extension://x/options.js:1:2',
    ],
    // Chromium: the stack already starts with them.
    [
      Object.assign(new Error('boom'), { stack: 'Error: boom\n    at render (options.js:1:2)' }),
      'Error: boom\n    at render (options.js:1:2)',
    ],
    ['a thrown string', 'a thrown string'],
  ])('of %o reads %j', (thrown, expected) => {
    expect(errorDetail(thrown)).toBe(expected);
  });
});
