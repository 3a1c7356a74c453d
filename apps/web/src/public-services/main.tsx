// Entry of the public activity pages (/e, /e/a/<id>, /e/t/<ticket>): their own small bundle, no sign-in, no admin code.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PublicApp } from './public-app.tsx';
import './services.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <PublicApp />
    </StrictMode>,
  );
