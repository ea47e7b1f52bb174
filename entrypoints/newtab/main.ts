// The new tab's module entry, loaded by newtab-loader.js after the first frame is on screen
// (see scripts/defer-new-tab-app.ts). It waits one more frame before React and the database.
import '../../components/base.css';
import '../../components/commitment-checklist.css';
import '../../components/review-due.css';
import './newtab.css';

requestAnimationFrame(() => setTimeout(() => void import('./boot').then(({ boot }) => boot()), 0));
