import { useLiveQuery } from 'dexie-react-hooks';
import { AutosaveField } from '../../../components/AutosaveField';
import { EMPTY_PROFILE, getProfile, savePurpose } from '../../../lib/store/db/profile';
import { LIMITS } from '../../../lib/domain/validation';

/** The purpose statement: why this leader leads. */
export function PurposeEditor() {
  const profile = useLiveQuery(async () => (await getProfile()) ?? EMPTY_PROFILE, []);
  if (!profile) return null;
  return (
    <AutosaveField
      label="My purpose"
      hint="Why do you lead? Finish the sentence “I lead to…” in your own words: who you serve, and the difference you want to make."
      draftKey="profile.purpose"
      value={profile.purpose}
      save={savePurpose}
      maxLength={LIMITS.statement}
      multiline
      placeholder="I lead to build teams where people do the best work of their lives."
    />
  );
}
