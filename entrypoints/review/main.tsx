import { renderPage } from '../../components/render-page';
import { startSnapshotBadgeSync } from '../../components/start-snapshot-badge-sync';
import App from './App';
import '../../components/base.css';
import './review-page.css';

renderPage(<App />);

startSnapshotBadgeSync();
