import { useEffect } from 'react';

/**
 * Calls `save` when the page is hidden or closed (a popup closing, a tab going to the background)
 * and, unless `onUnmount` is false, when the component goes away, so what was typed a moment
 * before is never left unsaved.
 */
export function useSaveOnHide(save: () => unknown, { onUnmount = true }: { onUnmount?: boolean } = {}): void {
  useEffect(() => {
    const onHide = () => void save();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      if (onUnmount) void save();
    };
  }, [save, onUnmount]);
}
