/** The settings, kept in extension storage; which values they may take is lib/domain/settings.ts. */
import { z } from 'zod';
import { HORIZON_CHOICES } from '../horizons';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../i18n/languages';
import { validateSettings } from '../settings';
import { byRule } from './by-rule';

export const settingsShape = z.object({
  /** End-of-day review time, local `HH:MM`. */
  reviewTime: z.string(),
  /** Days on which a review is expected: 0 = Sunday … 6 = Saturday. */
  workdays: z.array(z.number()),
  /** Whether Flourish shows notifications at all. */
  promptsEnabled: z.boolean(),
  /** One of SNOOZE_CHOICES. */
  snoozeMinutes: z.number(),
  /** Optional morning planning prompt, local `HH:MM`, or null for none. */
  morningTime: z.string().nullable(),
  /** Weekday of the weekly zoom-out, or null for none. */
  weeklyReviewDay: z.number().nullable(),
  /** Which of the vision's horizons the new tab shows; optional, as settings stored before it lack it. */
  newTabHorizon: z.enum(HORIZON_CHOICES).optional(),
  /** Whether a prompt comes the day before the next coaching session; optional, as older settings lack it. */
  sessionReminder: z.boolean().optional(),
  /** The language chosen in Settings; absent, Flourish follows the browser's. */
  language: z.enum(LANGUAGE_CHOICES as [LanguageChoice, ...LanguageChoice[]]).optional(),
});

/** Settings as Settings may save them. */
export const settingsSchema = settingsShape.transform(byRule(validateSettings));
