import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatabaseGate } from '../../components/DatabaseGate';
import App from './App';
import '../../components/base.css';
import './newtab.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DatabaseGate>
      <App />
    </DatabaseGate>
  </StrictMode>,
);
