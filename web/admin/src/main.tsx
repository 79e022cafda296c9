import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shared/App.js';
import './shared/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
