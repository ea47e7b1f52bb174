import { t } from '../../i18n';
import { formatDayShort } from '../format';
import {
  SUMMARY_SECTIONS,
  summaryTitle,
  type SummaryDocument,
  type SummaryInput,
  type SummarySectionId,
} from './document';
import { scopeToPeriod } from './scope';
import { BUILDERS } from './sections';

/** The summary of a period with the chosen sections, in the fixed order of SUMMARY_SECTIONS. */
export function buildSummary(input: SummaryInput, chosen: ReadonlySet<SummarySectionId>): SummaryDocument {
  const scoped = scopeToPeriod(input);
  return {
    title: summaryTitle(input.profile),
    subtitle: t('summary:subtitle', { from: formatDayShort(input.from), to: formatDayShort(input.to) }),
    sections: SUMMARY_SECTIONS.filter((s) => chosen.has(s.id)).map((s) => ({
      id: s.id,
      heading: s.label,
      blocks: BUILDERS[s.id](scoped),
    })),
  };
}
