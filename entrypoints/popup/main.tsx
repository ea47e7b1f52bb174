import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { DatabaseGate } from '../../components/DatabaseGate';
import { startPageSync } from '../../lib/page-sync';
import App from './App';
import '../../components/base.css';
import './popup.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseGate>
      <App />
    </DatabaseGate>
  </StrictMode>,
);

// After the popup is on screen: keep the new tab's snapshot and the badge in step with changes made here.
requestIdleCallback(() => startPageSync({ storage: localStorage, action: browser.action }), {
  timeout: 1000,
});
