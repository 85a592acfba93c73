/** Renderer entry: applies the display preferences, then mounts the React app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
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
    <App />
  </StrictMode>,
);
