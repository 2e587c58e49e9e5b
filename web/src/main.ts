/** Entry point of the dashboard (built by Vite into web/dist, served by `dyad serve` at /). */
import cameo from 'virtual:dyad-cameo';
import { createApi } from './api/client.js';
import { startApp } from './app.js';
import './styles.css';

const root = document.getElementById('app');
if (root) startApp(root, { api: createApi(), cameo });
