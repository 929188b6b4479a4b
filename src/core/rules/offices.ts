// The offices one person holds, as speeches and their pages name them: a speaker's byline
// ("县委书记 ×××"), the name left blank after a thank-you ("谢谢.部长"). One list, so that a
// byline and a blank know the same offices. (Salutations and bare-name rows match any "…长" and
// are written apart: they read a group, or a short line, not one office.)

/** Offices one person holds. */
export const OFFICES: readonly string[] = [
  '书记', '主席', '主任', '部长', '局长', '厅长', '省长', '市长', '县长', '区长', '镇长', '乡长',
  '校长', '院长', '处长', '科长', '所长', '社长', '会长', '行长', '馆长', '站长', '队长',
  '秘书长', '理事长', '董事长', '总经理', '政委', '司长', '总理',
];

/** A regex source matching one of `words`, as a non-capturing group. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}
