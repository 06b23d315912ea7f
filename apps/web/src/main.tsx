import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import './i18n/i18n';
import { Providers } from './app/providers';
import { startOfflineSupport } from './app/pwa';
import { router } from './app/router';
import './app/app.css';

startOfflineSupport();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
