import { renderPage } from '../../components/render-page';
import { startSnapshotBadgeSync } from '../../components/start-snapshot-badge-sync';
import App from './App';
import '../../components/base.css';
import './popup.css';

renderPage(<App />);

// After the popup is on screen: keep the new tab's snapshot and the badge in step with changes made here.
requestIdleCallback(() => startSnapshotBadgeSync(), {
  timeout: 1000,
});
