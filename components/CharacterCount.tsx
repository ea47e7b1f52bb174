import { useTranslation } from 'react-i18next';
import { intlLocale } from '../lib/i18n';
import './character-count.css';

/** "1,950 / 2,000" under a field once the text nears its limit; the input's maxLength stops it there. */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const { t } = useTranslation('components');
  if (length < max * 0.8) return <span id={id} hidden />;
  const atLimit = length >= max;
  const number = new Intl.NumberFormat(intlLocale());
  const counts = { length: number.format(length), max: number.format(max) };
  return (
    <span id={id} className={`character-count${atLimit ? ' at-limit' : ''}`}>
      {atLimit ? t('characterCount.atLimit', counts) : t('characterCount.count', counts)}
    </span>
  );
}
