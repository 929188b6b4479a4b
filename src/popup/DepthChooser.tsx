// Levels 1–4 as a radio group: native radios give arrow-key movement and one tab stop for free.
import { t } from '../shared/i18n';
import { DEEPEST_DEPTH_CHOICE } from './outline-tree';

export const OUTLINE_DEPTHS = [1, 2, 3, DEEPEST_DEPTH_CHOICE] as const;

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
      {OUTLINE_DEPTHS.map((d) => {
        // the last choice also shows the levels below it, when the speech has any
        const all = d === DEEPEST_DEPTH_CHOICE && deepestLevel > d;
        const name = all ? t('popupDepthAll') : t('popupDepthOption', d);
        return (
          <label key={d} class={d > deepestLevel ? 'depth-option beyond' : 'depth-option'} title={name}>
            <input
              type="radio"
              name="outline-depth"
              value={d}
              checked={depth === d}
              aria-label={name}
              onChange={() => onChange(d)}
            />
            <span aria-hidden="true">{all ? `${d}+` : d}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
