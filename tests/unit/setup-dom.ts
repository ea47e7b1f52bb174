import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { setI18n } from 'react-i18next';
import { afterEach } from 'vitest';
import { i18n } from '../../lib/i18n';

// findBy… and waitFor wait for a state; on a loaded two-core machine a state a test waits for can
// take several seconds to come, and the default of one second fails a test that is right.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());

// Pages wrap themselves in I18nRoot; a component rendered alone in a test reads the same instance.
setI18n(i18n);
