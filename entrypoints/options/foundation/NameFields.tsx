import { useLiveQuery } from 'dexie-react-hooks';
import { AutosaveField } from '../../../components/AutosaveField';
import { EMPTY_PROFILE, getProfile, saveCoachName, saveName } from '../../../lib/store/db/profile';
import { LIMITS } from '../../../lib/domain/validation';
import './name-fields.css';

/** The leader's first name and their coach's, both optional: the session prep and the summary use them. */
export function NameFields() {
  const profile = useLiveQuery(async () => (await getProfile()) ?? EMPTY_PROFILE, []);
  if (!profile) return null;
  return (
    <div className="name-fields">
      <AutosaveField
        label="Your first name"
        hint="Optional. Your summary carries it."
        draftKey="profile.name"
        value={profile.name}
        save={saveName}
        maxLength={LIMITS.title}
        placeholder="Alex"
      />
      <AutosaveField
        label="Your coach’s name"
        hint="Optional. Prep and summary name them."
        draftKey="profile.coachName"
        value={profile.coachName ?? ''}
        save={saveCoachName}
        maxLength={LIMITS.title}
        placeholder="Jordan"
      />
    </div>
  );
}
