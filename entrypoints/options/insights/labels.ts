import { strengthById } from '../../../lib/domain/strengths';

/** A share as a whole percentage; a dash where there was nothing to count. */
export const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
export const strengthName = (id: string) => strengthById(id)?.name ?? id;
