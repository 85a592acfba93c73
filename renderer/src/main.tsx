/**
 * Renderer entry: applies the display preferences, starts the navigation history, then mounts the
 * React app inside the one query cache every view loads through.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createQueryClient } from './data/query-client';
import { applyDisplay } from './display/theme';
import { startNavigationHistory } from './store/history';
import { startRememberingCurrency } from './store/remember-currency';
import './styles/app.css';

applyDisplay(document.documentElement);
startNavigationHistory();
startRememberingCurrency();
const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
