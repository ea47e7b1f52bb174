import { escapeMarkdown } from '../markdown';
import type { SummaryDocument } from './document';

/** The document as Markdown, ready to paste into an email or a notes app. */
export function summaryMarkdown(doc: SummaryDocument): string {
  const lines = [`# ${escapeMarkdown(doc.title)}`, '', `_${escapeMarkdown(doc.subtitle)}_`];
  for (const section of doc.sections) {
    lines.push('', `## ${escapeMarkdown(section.heading)}`, '');
    for (const block of section.blocks) {
      if (block.type === 'paragraph') lines.push(escapeMarkdown(block.text), '');
      if (block.type === 'labelled') {
        lines.push(
          block.text
            ? `**${escapeMarkdown(block.label)}:** ${escapeMarkdown(block.text)}`
            : `**${escapeMarkdown(block.label)}**`,
          '',
        );
      }
      if (block.type === 'list') lines.push(...block.items.map((item) => `- ${escapeMarkdown(item)}`), '');
    }
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
