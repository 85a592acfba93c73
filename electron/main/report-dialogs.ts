/**
 * The shell's part of exporting a report: the system save dialog (which asks before replacing a
 * file) over the app's window, and "show in folder" in the system file manager.
 */
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { ReportFileDialogs } from '../services/report-service';

export function electronReportDialogs(window: () => BrowserWindow | null): ReportFileDialogs {
  return {
    defaultFolder: () => app.getPath('documents'),
    async chooseSavePath({ defaultPath, format }) {
      const options: SaveDialogOptions = {
        title: format === 'pdf' ? 'Save the report' : 'Save the table',
        defaultPath,
        filters: [
          format === 'pdf'
            ? { name: 'PDF report', extensions: ['pdf'] }
            : { name: 'CSV table', extensions: ['csv'] },
        ],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = window();
      const answer =
        owner === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(owner, options);
      return answer.canceled || answer.filePath === '' ? null : answer.filePath;
    },
    showInFolder: (path) => {
      shell.showItemInFolder(path);
    },
  };
}
