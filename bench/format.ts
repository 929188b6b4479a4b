// Number formatting and Markdown tables: the same text goes to the terminal and results.md.

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function bytes(value: number): string {
  if (value >= 1024 * 1024) return `${(value / (1024 * 1024)).toFixed(2)} MB`;
  if (value >= 1024) return `${(value / 1024).toFixed(1)} KB`;
  return `${value} B`;
}

export function ratio(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(1)}×`;
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A GitHub Markdown table; cells containing "|" are escaped. */
export function table(headers: string[], rows: string[][]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const lines = [headers, headers.map(() => '---'), ...rows].map(
    (cells) => `| ${cells.map(escape).join(' | ')} |`,
  );
  return lines.join('\n');
}

export function metMark(met: boolean | undefined): string {
  if (met === undefined) return 'n/a';
  return met ? 'met' : 'MISSED';
}
