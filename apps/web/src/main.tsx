// Entry point of the Kepu web app: loads translations and styles, then mounts the application.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageReady } from './i18n/index.ts';
import './styles.css';
import { App } from './app.tsx';

const root = document.getElementById('root');
if (root) {
  void languageReady.then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
