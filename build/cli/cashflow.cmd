@echo off
rem The Cashflow Monitor CLI from an installed app (Windows): runs the app's executable in CLI mode,
rem e.g. `cashflow balance --company 1 --json`. Add this folder to PATH to use it anywhere.
"%~dp0..\..\cashflow-monitor.exe" cli %*
