// LibreOffice as the real client of what we put on the clipboard (and of the .docx we export):
// converts many files in one soffice run per target format (its start-up is the slow part), with
// a throw-away user profile so runs never share state and never touch the user's own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = process.env.QINGGAO_SOFFICE ?? '/usr/bin/soffice';
export const PDFTOTEXT = process.env.QINGGAO_PDFTOTEXT ?? '/usr/bin/pdftotext';

/** The tools the office checks need that this machine lacks (empty when all are there). */
export function missingOfficeTools(): string[] {
  return [SOFFICE, PDFTOTEXT].filter((tool) => !existsSync(tool));
}

/**
 * Filters for each input kind, so an .html file is read the way a paste is (Writer's HTML
 * import, not Writer/Web) and written as a text document.
 */
const IMPORT_FILTER: Record<string, string> = { '.html': 'HTML (StarWriter)' };

/** A fresh profile that saves no preview image: the thumbnail took half the time of an .odt save. */
function newProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'qg-lo-'));
  mkdirSync(join(profile, 'user'));
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Save/Document"><prop oor:name="GenerateThumbnail" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/**
 * Converts `files` to `format` ('odt', 'docx', 'pdf' or a full "ext:Filter" spec) into
 * `outDir`, in one soffice run; returns the output path of each input, in order. Inputs of
 * one kind only (the import filter is chosen by the first file's extension).
 */
export function convertAll(files: readonly string[], format: string, outDir: string, { timeoutMs = 20 * 60_000 } = {}): string[] {
  if (files.length === 0) return [];
  const profile = newProfile();
  const filter = IMPORT_FILTER[extname(files[0]!)];
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    ...(filter ? [`--infilter=${filter}`] : []),
    '--convert-to',
    format,
    '--outdir',
    outDir,
    ...files,
  ];
  try {
    const run = spawnSync(SOFFICE, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
    if (run.error) throw run.error;
    const ext = format.split(':')[0]!;
    const outputs = files.map((f) => join(outDir, `${basename(f, extname(f))}.${ext}`));
    const lost = outputs.filter((o) => !existsSync(o));
    if (run.status !== 0 || lost.length) {
      throw new Error(`soffice --convert-to ${format} (status ${run.status}) made no ${lost.join(', ')}\n${run.stdout}\n${run.stderr}`);
    }
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The text of a PDF, in reading order (pdftotext -layout off: paragraphs as lines wrap). */
export function pdfText(pdf: string): string {
  const run = spawnSync(PDFTOTEXT, ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`pdftotext ${pdf}: ${run.stderr}`);
  return run.stdout;
}

/** Removes a run's working folder; QINGGAO_OFFICE_KEEP=1 keeps the files to look at. */
export function removeWorkDir(dir: string | undefined): void {
  if (!dir) return;
  if (process.env.QINGGAO_OFFICE_KEEP) console.log(`test:office: files kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
