// Where text comes in by the clipboard: a paste becomes a document at once (its HTML when it
// has some); text typed or edited in the box becomes one on 清稿.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { PastedData } from './paste-input';

export interface PasteBoxProps {
  onPaste(data: PastedData): void;
}

export function PasteBox({ onPaste }: PasteBoxProps) {
  const [text, setText] = useState('');
  const pasted = (event: ClipboardEvent) => {
    const data = event.clipboardData;
    if (!data) return; // the browser puts the text in the box; 清稿 takes it from there
    event.preventDefault();
    onPaste({ html: data.getData('text/html'), text: data.getData('text/plain') });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return;
    onPaste({ text });
    setText('');
  };
  return (
    <form class="paste-box" onSubmit={submit}>
      <label for="desk-paste" class="paste-label">
        {t('deskPasteLabel')}
      </label>
      <textarea
        id="desk-paste"
        class="paste-area"
        rows={6}
        placeholder={t('deskPastePlaceholder')}
        value={text}
        onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
        onPaste={pasted}
      />
      <button type="submit" class="primary" disabled={!text.trim()}>
        {t('deskAnalyzeText')}
      </button>
    </form>
  );
}
