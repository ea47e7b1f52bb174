import { t } from '../../i18n';
import { db } from './db';
import { VISION_ID, type Vision, type VisionHorizons } from '../../domain/types';
import { LIMITS, limitText } from '../../domain/validation';

export const EMPTY_VISION: Vision = {
  id: VISION_ID,
  statement: '',
  looksLike: '',
  feelsLike: '',
  horizons: { now: '', oneYear: '', threeYears: '' },
  updatedAt: 0,
};

export type VisionChanges = Partial<Omit<Vision, 'id' | 'updatedAt' | 'horizons'>> & {
  horizons?: Partial<VisionHorizons>;
};

/** What a refusal calls each of the vision's texts. */
const VISION_FIELDS = {
  statement: () => t('errors:field.visionStatement'),
  looksLike: () => t('errors:field.looksLike'),
  feelsLike: () => t('errors:field.feelsLike'),
};

/** Reads the vision; undefined when the user has not written one yet. */
export function getVision(): Promise<Vision | undefined> {
  return db.vision.get(VISION_ID);
}

/** Saves changes to the vision, creating it on first save, and stamps updatedAt. */
export async function saveVision(changes: VisionChanges): Promise<Vision> {
  for (const [field, text] of Object.entries(changes)) {
    if (typeof text === 'string')
      limitText(text, VISION_FIELDS[field as keyof typeof VISION_FIELDS]?.() ?? field, LIMITS.statement);
  }
  if (changes.horizons) {
    const label = t('errors:field.horizon');
    for (const text of Object.values(changes.horizons)) limitText(text ?? '', label, LIMITS.statement);
  }
  return db.transaction('rw', db.vision, async () => {
    const current = (await db.vision.get(VISION_ID)) ?? EMPTY_VISION;
    const next: Vision = {
      ...current,
      ...changes,
      horizons: { ...current.horizons, ...changes.horizons },
      updatedAt: Date.now(),
    };
    await db.vision.put(next);
    return next;
  });
}
