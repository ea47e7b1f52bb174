import { useCallback, useState } from 'react';

/**
 * A form with a Save button over stored data: a field the user has not touched shows what is stored
 * now (saved in another tab too), a touched one shows what they typed, and `edits` holds only the
 * touched fields, so saving never writes back an old copy of the others. `reset` lets go of the
 * edits once they are saved (or to start again).
 */
export function useFormFields<T extends Record<string, unknown>>(
  stored: T,
  /** Edits to start from: words typed earlier and kept as a draft. */
  initialEdits: () => Partial<T> = () => ({}),
) {
  const [edits, setEdits] = useState<Partial<T>>(initialEdits);
  const set = useCallback(<K extends keyof T>(field: K, value: T[K]) => {
    setEdits((current) => ({ ...current, [field]: value }));
  }, []);
  const reset = useCallback(() => setEdits({}), []);
  return { values: { ...stored, ...edits } as T, edits, set, reset };
}
