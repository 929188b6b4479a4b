// Files in: an "open" button (several at once) and a drop zone that lights up under a drag;
// the drop itself is read by the page (DeskApp), wherever it lands.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';

export interface FileInputProps {
  onFiles(files: File[]): void;
}

/** What the open dialog offers first; any file can still be chosen, and is judged by its bytes. */
export const ACCEPTED_FILES = '.txt,.text,.md,.html,.htm,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function FileInput({ onFiles }: FileInputProps) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={() => setOver(false)}
    >
      <p>{t('deskDropHint')}</p>
      <label class="file-button">
        {t('deskOpenFiles')}
        <input
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = ''; // the same file can be opened again
            if (files.length) onFiles(files);
          }}
        />
      </label>
      <p class="hint">{t('deskFileLimits')}</p>
    </div>
  );
}
