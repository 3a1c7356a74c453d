// Entry of the respondent's page (/s/<token>): its own small bundle, no sign-in, no admin code.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RespondApp } from './respond-app.tsx';
import './respond.css';

const root = document.getElementById('root');
const token = location.pathname.split('/')[2] ?? '';
if (root)
  createRoot(root).render(
    <StrictMode>
      <RespondApp token={token} />
    </StrictMode>,
  );
