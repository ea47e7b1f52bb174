import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AutosaveField } from '../../../components/AutosaveField';
import { EMPTY_VISION, getVision, saveVision } from '../../../lib/store/db/vision';
import type { VisionHorizons } from '../../../lib/domain/types';
import { LIMITS } from '../../../lib/domain/validation';
import './vision-editor.css';

/** The three horizons, each with its label and hint in the language in force. */
const horizons = (
  t: TFunction<'foundation'>,
): { key: keyof VisionHorizons; label: string; hint: string }[] => [
  { key: 'now', label: t('vision.now'), hint: t('vision.nowHint') },
  { key: 'oneYear', label: t('vision.oneYear'), hint: t('vision.oneYearHint') },
  { key: 'threeYears', label: t('vision.threeYears'), hint: t('vision.threeYearsHint') },
];

/** The vision in words: the statement, how it looks and feels, and its three horizons. */
export function VisionEditor() {
  const { t } = useTranslation('foundation');
  const vision = useLiveQuery(async () => (await getVision()) ?? EMPTY_VISION, []);
  if (!vision) return null;
  return (
    <div className="vision-editor">
      <AutosaveField
        label={t('vision.label')}
        hint={t('vision.hint')}
        draftKey="vision.statement"
        value={vision.statement}
        save={(statement) => saveVision({ statement })}
        maxLength={LIMITS.statement}
        multiline
        className="vision-statement-field"
        placeholder={t('vision.example')}
      />
      <div className="two-columns">
        <AutosaveField
          label={t('vision.looks')}
          hint={t('vision.looksHint')}
          draftKey="vision.looksLike"
          value={vision.looksLike}
          save={(looksLike) => saveVision({ looksLike })}
          maxLength={LIMITS.statement}
          multiline
        />
        <AutosaveField
          label={t('vision.feels')}
          hint={t('vision.feelsHint')}
          draftKey="vision.feelsLike"
          value={vision.feelsLike}
          save={(feelsLike) => saveVision({ feelsLike })}
          maxLength={LIMITS.statement}
          multiline
        />
      </div>
      <fieldset className="horizons">
        <legend>{t('vision.horizons')}</legend>
        <div className="three-columns">
          {horizons(t).map((horizon) => (
            <AutosaveField
              key={horizon.key}
              label={horizon.label}
              hint={horizon.hint}
              draftKey={`vision.horizons.${horizon.key}`}
              value={vision.horizons[horizon.key]}
              save={(text) => saveVision({ horizons: { [horizon.key]: text } })}
              maxLength={LIMITS.statement}
              multiline
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
