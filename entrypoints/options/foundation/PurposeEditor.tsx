import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { AutosaveField } from '../../../components/AutosaveField';
import { EMPTY_PROFILE, getProfile, savePurpose } from '../../../lib/store/db/profile';
import { LIMITS } from '../../../lib/domain/validation';

/** The purpose statement: why this leader leads. */
export function PurposeEditor() {
  const { t } = useTranslation('foundation');
  const profile = useLiveQuery(async () => (await getProfile()) ?? EMPTY_PROFILE, []);
  if (!profile) return null;
  return (
    <AutosaveField
      label={t('purpose.label')}
      hint={t('purpose.hint')}
      draftKey="profile.purpose"
      value={profile.purpose}
      save={savePurpose}
      maxLength={LIMITS.statement}
      multiline
      placeholder={t('purpose.example')}
    />
  );
}
