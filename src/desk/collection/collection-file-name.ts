// "提纲汇编-2026-12-01.docx": the export's name, dated so a second export does not overwrite the first.
export type CollectionExportKind = 'docx' | 'markdown' | 'text';

const EXTENSIONS: Record<CollectionExportKind, string> = { docx: '.docx', markdown: '.md', text: '.txt' };

export function collectionFileName(kind: CollectionExportKind, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `提纲汇编-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}${EXTENSIONS[kind]}`;
}
