#!/usr/bin/env node
// The `cashflow` command: the headless CLI over the same modules as the desktop app.
import { launch } from './launch.js';

await launch(process.env.CASHFLOW_ENTRY ?? 'electron/cli/main.ts', process.argv.slice(2));
