// An InputProblem (src/input) in the user's language: one sentence per file on the 清稿台.
import type { InputProblem } from '../input/input-problem';
import { t } from '../shared/i18n';

export function problemMessage(problem: InputProblem, size: string, limit: string): string {
  switch (problem.code) {
    case 'empty':
      return t('deskProblemEmpty');
    case 'binary':
      return t('deskProblemBinary');
    case 'undecodable':
      return t('deskProblemUndecodable');
    case 'too-large':
      return t('deskProblemTooLarge', size, limit);
    case 'docx-not-zip':
      return t('deskProblemDocxNotZip');
    case 'docx-no-document':
      return t('deskProblemDocxNoDocument');
    case 'docx-empty':
      return t('deskProblemDocxEmpty');
  }
}
