/**
 * The backup file the restore bench restores: ten years of a leader's workdays (about four
 * commitments each, a daily review with outcomes, a weekly review each Friday), goals, two recurring
 * commitments, a strengths ranking and three small vision-board pictures. Same day, same file.
 */
import type { DayKey } from '../../lib/domain/days';
import { DEFAULT_SETTINGS } from '../../lib/domain/settings';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from '../../lib/domain/backup/schema';
import { SCHEMA_VERSION } from '../../lib/store/db/schema';
import { solidPng } from '../support/png';
import { tenYearHistory } from './history';

const PICTURES: [number, number, number][] = [
  [43, 106, 88],
  [196, 120, 64],
  [70, 90, 160],
];

export function tenYearBackup(today: DayKey): BackupFile {
  const history = tenYearHistory(today, 20261125, { min: 3, max: 5 });
  const createdAt = Date.parse(`${today}T08:00:00Z`);
  const visionImages = PICTURES.map((rgb, index) => ({
    id: index + 1,
    image: { type: 'image/png', base64: solidPng(480, 300, rgb).toString('base64') },
    caption: `Picture ${index + 1}`,
    order: index + 1,
    width: 480,
    height: 300,
    createdAt,
    updatedAt: createdAt,
  }));
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: 'bench',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: new Date(Date.parse(`${today}T12:00:00Z`)).toISOString(),
    tables: { ...history, visionImages },
    settings: DEFAULT_SETTINGS,
    setup: { step: 'done', completedAt: createdAt },
  };
}
