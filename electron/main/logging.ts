/**
 * The app's log: one file in the operating system's logs folder (electron-log's Node logger, which
 * opens no IPC channel of its own), rotated at 2 MB
 * with one archive kept, every line scrubbed of credentials before it is written. Uncaught errors
 * and unhandled rejections are logged instead of passing unseen.
 */
import { app } from 'electron';
import log from 'electron-log/node';
import { join } from 'node:path';
import { redactLogValue } from './redact';

export const logFileMaxBytes = 2 * 1024 * 1024;

export function logFilePath(): string {
  return join(app.getPath('logs'), 'main.log');
}

export function setUpLogging(): typeof log {
  log.transports.file.resolvePathFn = logFilePath;
  log.transports.file.maxSize = logFileMaxBytes;
  log.transports.file.level = 'info';
  log.transports.console.level = app.isPackaged ? false : 'info';
  log.hooks.push((message) => ({ ...message, data: message.data.map(redactLogValue) }));
  log.errorHandler.startCatching({ showDialog: false });
  return log;
}

export type Logger = Pick<typeof log, 'info' | 'warn' | 'error'>;
