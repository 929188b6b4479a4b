// Levels 1–4 as a radio group: native radios give arrow-key movement and one tab stop for free.
import { t } from '../shared/i18n';

export const OUTLINE_DEPTHS = [1, 2, 3, 4] as const;

export interface DepthChooserProps {
  depth: number;
  onChange(depth: number): void;
  /** the deepest level present, so levels with nothing to add can be dimmed */
  deepestLevel: number;
}

export function DepthChooser({ depth, onChange, deepestLevel }: DepthChooserProps) {
  return (
    <fieldset class="depth-chooser">
      <legend>{t('popupDepthLabel')}</legend>
      {OUTLINE_DEPTHS.map((d) => (
        <label key={d} class={d > deepestLevel ? 'depth-option beyond' : 'depth-option'} title={t('popupDepthOption', d)}>
          <input
            type="radio"
            name="outline-depth"
            value={d}
            checked={depth === d}
            aria-label={t('popupDepthOption', d)}
            onChange={() => onChange(d)}
          />
          <span aria-hidden="true">{d}</span>
        </label>
      ))}
    </fieldset>
  );
}
