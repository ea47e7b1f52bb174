import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for a state; on a loaded two-core machine a state a test waits for can
// take several seconds to come, and the default of one second fails a test that is right.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
