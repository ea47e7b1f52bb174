/** Energy and stress, averaged per week from the reviews that recorded them. */
import type { DailyReview } from '../types';
import type { WeekKey } from '../days';
import { weekOf } from './iso-weeks';

export interface WellbeingWeek {
  week: WeekKey;
  energy: number | null;
  stress: number | null;
  /** Reviews that recorded a value. */
  days: number;
}

const average = (values: number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

export function wellbeingTrend(reviews: readonly DailyReview[], weeks: readonly WeekKey[]): WellbeingWeek[] {
  const rows = new Map(weeks.map((week) => [week, { energy: [] as number[], stress: [] as number[] }]));
  for (const review of reviews) {
    const row = rows.get(weekOf(review.day));
    if (!row) continue;
    if (review.energy !== undefined) row.energy.push(review.energy);
    if (review.stress !== undefined) row.stress.push(review.stress);
  }
  return [...rows].map(([week, { energy, stress }]) => ({
    week,
    energy: average(energy),
    stress: average(stress),
    days: Math.max(energy.length, stress.length),
  }));
}
