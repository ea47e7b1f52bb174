import { useLiveQuery } from 'dexie-react-hooks';
import { AutosaveField } from '../../../components/AutosaveField';
import { EMPTY_VISION, getVision, saveVision } from '../../../lib/store/db/vision';
import type { VisionHorizons } from '../../../lib/domain/types';
import { LIMITS } from '../../../lib/domain/validation';
import './vision-editor.css';

const HORIZONS: { key: keyof VisionHorizons; label: string; hint: string }[] = [
  { key: 'now', label: 'Now', hint: 'What you are working towards this quarter.' },
  { key: 'oneYear', label: 'In 1 year', hint: 'What is true a year from now?' },
  { key: 'threeYears', label: 'In 3 years', hint: 'Where you are headed.' },
];

/** The vision in words: the statement, how it looks and feels, and its three horizons. */
export function VisionEditor() {
  const vision = useLiveQuery(async () => (await getVision()) ?? EMPTY_VISION, []);
  if (!vision) return null;
  return (
    <div className="vision-editor">
      <AutosaveField
        label="My vision"
        hint="What you want, in a sentence or two, written as if it is already true."
        draftKey="vision.statement"
        value={vision.statement}
        save={(statement) => saveVision({ statement })}
        maxLength={LIMITS.statement}
        multiline
        className="vision-statement-field"
        placeholder="I lead a team that runs the business with confidence while I shape what comes next."
      />
      <div className="two-columns">
        <AutosaveField
          label="How it looks"
          hint="What would someone see, if they walked in on this future?"
          draftKey="vision.looksLike"
          value={vision.looksLike}
          save={(looksLike) => saveVision({ looksLike })}
          maxLength={LIMITS.statement}
          multiline
        />
        <AutosaveField
          label="How it feels"
          hint="How do you feel, day to day, when it is real?"
          draftKey="vision.feelsLike"
          value={vision.feelsLike}
          save={(feelsLike) => saveVision({ feelsLike })}
          maxLength={LIMITS.statement}
          multiline
        />
      </div>
      <fieldset className="horizons">
        <legend>Horizons</legend>
        <div className="three-columns">
          {HORIZONS.map((horizon) => (
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
