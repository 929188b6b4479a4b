// Before any office check: LibreOffice and pdftotext must be there. In CI (CI=true) their absence
// fails the run; elsewhere the checks are skipped, and this says so loudly.
import { missingOfficeTools } from './libreoffice';

export default function setup(): void {
  const missing = missingOfficeTools();
  if (missing.length === 0) return;
  const install = 'apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk';
  if (process.env.CI === 'true') {
    throw new Error(`test:office: ${missing.join(' and ')} not found (CI=true, so this fails): ${install}`);
  }
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! test:office SKIPPED: ${missing.join(' and ')} not found.\n!! Install them (${install}) to check\n!! the clipboard HTML and the .docx in LibreOffice. With CI=true this is a failure.\n${line}\n`);
}
