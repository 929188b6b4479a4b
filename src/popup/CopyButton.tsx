// A button that copies and reports what it copied ("已复制提纲（12 条）") or that the browser refused.
import { t } from '../shared/i18n';

export interface CopyButtonProps {
  label: string;
  /** writes the clipboard and resolves to the confirmation to show */
  copy(): Promise<string>;
  onReport(message: string): void;
  disabled?: boolean;
  primary?: boolean;
}

export function CopyButton({ label, copy, onReport, disabled, primary }: CopyButtonProps) {
  const onClick = () =>
    copy().then(onReport, (error: unknown) => {
      console.warn('Qinggao: copy failed', error);
      onReport(t('popupCopyFailed'));
    });
  return (
    <button type="button" class={primary ? 'copy primary' : 'copy'} disabled={disabled} onClick={onClick}>
      {label}
    </button>
  );
}
