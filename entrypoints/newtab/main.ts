// The new tab's module entry, loaded by newtab-loader.js after the first frame is on screen
// (see scripts/defer-new-tab-app.ts). It waits one more frame before React and the database.
import '../../components/base.css';
import '../../components/commitment-checklist.css';
import '../../components/focus-lines.css';
import '../../components/review-due.css';
import '../../components/strength-of-the-day.css';
import './newtab.css';
// The sheets of the new tab's own pieces load here, not from each piece: the first paint draws
// them before any module runs, so their styles must be inlined into the page with the rest.
import './newtab-side.css';
import './horizon.css';

requestAnimationFrame(() => setTimeout(() => void import('./boot').then(({ boot }) => boot()), 0));
