// How copied outline text is indented per level. Two spaces suit plain text and chat; full-width
// spaces line up with Chinese characters in Word/WPS; a tab makes the levels easy to re-style.
import { t, type MessageKey } from '../shared/i18n';

export const OUTLINE_INDENTS: readonly { value: string; label: MessageKey }[] = [
  { value: '  ', label: 'popupIndentTwoSpaces' },
  { value: '\u3000\u3000', label: 'popupIndentFullWidth' },
  { value: '\t', label: 'popupIndentTab' },
  { value: '', label: 'popupIndentNone' },
];

export const DEFAULT_OUTLINE_INDENT = '  ';

/** A stored choice if it is still one of ours, else the default. */
export function knownIndent(value: string | null | undefined): string {
  return OUTLINE_INDENTS.some((o) => o.value === value) ? (value as string) : DEFAULT_OUTLINE_INDENT;
}

export interface IndentChooserProps {
  indent: string;
  onChange(indent: string): void;
}

export function IndentChooser({ indent, onChange }: IndentChooserProps) {
  return (
    <label class="indent-chooser">
      <span>{t('popupIndentLabel')}</span>
      <select
        value={OUTLINE_INDENTS.findIndex((o) => o.value === indent)}
        onChange={(e) => onChange(OUTLINE_INDENTS[Number(e.currentTarget.value)]?.value ?? DEFAULT_OUTLINE_INDENT)}
      >
        {OUTLINE_INDENTS.map((o, i) => (
          <option key={i} value={i}>
            {t(o.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
