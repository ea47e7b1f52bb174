import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { DatabaseGate } from '../../components/DatabaseGate';
import { startPageSync } from '../../lib/page-sync';
import App from './App';
import '../../components/base.css';
import './options.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseGate>
      <App />
    </DatabaseGate>
  </StrictMode>,
);

// Edits to the vision here show up in the next new tab's first paint.
startPageSync({ storage: localStorage, action: browser.action });
