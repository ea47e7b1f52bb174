/**
 * The layers of docs/architecture.md, as the lint enforces them: each case is a file the lint must
 * refuse (or accept) at a given place in the tree.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/imports';

const eslint = new ESLint({ cwd: ROOT });

/** The layer rules' refusals of `code` placed at `filePath`, as "line:rule". */
async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId?.startsWith('no-restricted-'))
    .map((message) => `${message.line}:${message.ruleId}`);
}

describe('the lint holds each layer to what it may use', () => {
  it('refuses a domain file that imports Dexie, the extension API or the database, or reads the clock', async () => {
    const code = [
      "import Dexie from 'dexie';",
      "import { browser } from 'wxt/browser';",
      "import { db } from '../store/db/db';",
      "import { exclusive } from '../platform/exclusive';",
      "import { useState } from 'react';",
      'export const probe = [Dexie, browser, db, exclusive, useState, Date.now(), new Date(), localStorage];',
    ].join('\n');
    expect(await refusals('lib/domain/probe.ts', code)).toEqual([
      '1:no-restricted-imports',
      '2:no-restricted-imports',
      '3:no-restricted-imports',
      '4:no-restricted-imports',
      '5:no-restricted-imports',
      '6:no-restricted-properties',
      '6:no-restricted-syntax',
      '6:no-restricted-globals',
    ]);
  }, 60_000);

  it('accepts a domain file that imports only the domain and is given the time', async () => {
    const code = [
      "import { addDays, type DayKey } from './days';",
      'export const tomorrow = (today: DayKey, now: number) => [addDays(today, 1), new Date(now)];',
    ].join('\n');
    expect(await refusals('lib/domain/probe.ts', code)).toEqual([]);
  }, 60_000);

  it.each([
    ['lib/store/probe.ts', "import { Foo } from '../../components/Foo';"],
    ['lib/store/probe.ts', "import { useState } from 'react';"],
    ['lib/platform/probe.ts', "import { db } from '../store/db/db';"],
    ['components/probe.ts', "import { App } from '../entrypoints/popup/App';"],
    ['entrypoints/background/probe.ts', "import { useState } from 'react';"],
    ['entrypoints/background/probe.ts', "import { ReviewDue } from '../../components/ReviewDue';"],
    ['entrypoints/newtab/probe.ts', "import { App } from '../popup/App';"],
    ['entrypoints/options/setup/probe.ts', "import { prompts } from '../../background/prompts';"],
  ])(
    'refuses in %s: %s',
    async (filePath, line) => {
      expect(await refusals(filePath, `${line}\nexport const probe = 1;`)).toEqual([
        '1:no-restricted-imports',
      ]);
    },
    60_000,
  );

  it('lets a page import a shared component and its own folders', async () => {
    const code = [
      "import { ReviewDue } from '../../../components/ReviewDue';",
      "import { GoalsEditor } from '../foundation/GoalsEditor';",
      "import { db } from '../../../lib/store/db/db';",
      'export const probe = [ReviewDue, GoalsEditor, db];',
    ].join('\n');
    expect(await refusals('entrypoints/options/setup/probe.tsx', code)).toEqual([]);
  }, 60_000);
});
