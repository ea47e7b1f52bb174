/** The words of the energy and stress scales, 1 to 5, looked up as they are shown (a language change applies at once). */
import { t } from '../../lib/i18n';

/** "Drained" … "Full of energy", in the language in force. */
export const energyWords = (): string[] => [
  t('review:energy.drained'),
  t('review:energy.low'),
  t('review:energy.steady'),
  t('review:energy.good'),
  t('review:energy.full'),
];

/** "Calm" … "Overwhelmed", in the language in force. */
export const stressWords = (): string[] => [
  t('review:stress.calm'),
  t('review:stress.mild'),
  t('review:stress.moderate'),
  t('review:stress.high'),
  t('review:stress.overwhelmed'),
];
