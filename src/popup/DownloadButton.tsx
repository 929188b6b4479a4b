// A button that makes a file and reports what it saved ("已下载 Word：….docx") or that it failed;
// disabled while the file is being made, so a second click does not make two.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';

export interface DownloadButtonProps {
  label: string;
  /** a longer description, for the tooltip and screen readers */
  title: string;
  /** makes and saves the file, and resolves to the confirmation to show */
  download(): Promise<string>;
  onReport(message: string): void;
}

export function DownloadButton({ label, title, download, onReport }: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const onClick = () => {
    setBusy(true);
    download()
      .then(onReport, (error: unknown) => {
        console.warn('Qinggao: download failed', error);
        onReport(t('popupDownloadFailed'));
      })
      .finally(() => setBusy(false));
  };
  return (
    <button type="button" class="copy download" title={title} disabled={busy} onClick={onClick}>
      {label}
    </button>
  );
}
