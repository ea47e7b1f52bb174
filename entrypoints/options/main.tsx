import { renderPage } from '../../components/render-page';
import { startSnapshotBadgeSync } from '../../components/start-snapshot-badge-sync';
import App from './App';
import '../../components/base.css';
import './options.css';
import './controls.css';

renderPage(<App />);

// Edits to the vision here show up in the next new tab's first paint.
startSnapshotBadgeSync();
