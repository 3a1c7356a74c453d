// Entry of the public activity pages (/e, /e/a/<id>, /e/t/<ticket>) and the staff's offline check-in (/e/door/<id>): their own small bundle, no sign-in, no admin code.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicApp } from './public-app.tsx';
import './services.css';

// the service worker keeps these pages, the check-in's above all, working without a network (apps/web/check-in-pwa.ts)
if (import.meta.env.PROD && 'serviceWorker' in navigator)
  void navigator.serviceWorker.register('/sw.js', { scope: '/e/' }).catch(() => undefined);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <PublicApp />
    </StrictMode>,
  );
