import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { AutosaveField } from '../../../components/AutosaveField';
import { EMPTY_PROFILE, getProfile, saveCoachName, saveName } from '../../../lib/store/db/profile';
import { LIMITS } from '../../../lib/domain/validation';
import './name-fields.css';

/** The leader's first name and their coach's, both optional: the session prep and the summary use them. */
export function NameFields() {
  const { t } = useTranslation('foundation');
  const profile = useLiveQuery(async () => (await getProfile()) ?? EMPTY_PROFILE, []);
  if (!profile) return null;
  return (
    <div className="name-fields">
      <AutosaveField
        label={t('names.first')}
        hint={t('names.firstHint')}
        draftKey="profile.name"
        value={profile.name}
        save={saveName}
        maxLength={LIMITS.title}
        placeholder={t('names.firstExample')}
      />
      <AutosaveField
        label={t('names.coach')}
        hint={t('names.coachHint')}
        draftKey="profile.coachName"
        value={profile.coachName ?? ''}
        save={saveCoachName}
        maxLength={LIMITS.title}
        placeholder={t('names.coachExample')}
      />
    </div>
  );
}
