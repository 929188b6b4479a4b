// The files the 清稿台 checks open, and what the command line (the same engine, the same
// reading code) makes of each: a seed speech as pasted text, a GBK .txt, a .docx written with
// the `docx` package, and a file that claims to be a .docx and is not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { REPO_ROOT, SHARED_ROOT } from './fixtures.mjs';
import { encodeGbk } from '../input/gbk-encode.mjs';

const SEEDS = join(SHARED_ROOT, 'seeds');
const HEADING = /^[一二三四五六七八九十]+、/;

/** A Word document of these lines: the first the Title, 一、 lines heading 1, the rest body text. */
async function docxOf(lines) {
  const paragraphs = lines.map((text, i) =>
    i === 0 ? new Paragraph({ text, heading: HeadingLevel.TITLE }) : new Paragraph({ text, heading: HEADING.test(text) ? HeadingLevel.HEADING_1 : undefined }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

/** The command's Analysis of a file (one JSON object). */
function cliAnalysis(path) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'bin/qinggao.mjs'), '--json', path], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`qinggao --json ${path}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/**
 * @returns {Promise<{ pasted: { text: string, analysis: any }, files: { name: string, mimeType: string, bytes: Uint8Array, analysis?: any, problem?: string }[], remove(): void }>}
 */
export async function deskFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'qinggao-e2e-desk-'));
  const pastedText = readFileSync(join(SEEDS, '003_3bff632dc2e1cae2.txt'), 'utf8');
  const gbkText = readFileSync(join(SEEDS, '001_d70c5a0c6fd4c47d.txt'), 'utf8');
  const docxLines = ['在全市安全生产工作会议上的讲话', '同志们：', '今天召开会议，主要任务是部署安全生产工作。下面，我讲三点意见。', '一、提高思想认识', '安全生产是发展的底线，必须时刻绷紧这根弦。', '二、压实工作责任', '各级各部门要把责任落到实处。', '三、加强督促检查', '要开展明查暗访，对问题隐患一查到底。'];
  const files = [
    { name: '讲话-GBK.txt', mimeType: 'text/plain', bytes: encodeGbk(gbkText) },
    { name: '会议讲话.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await docxOf(docxLines) },
    { name: '不是文档.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: new TextEncoder().encode('这只是改了扩展名的文字。'), problem: 'deskProblemDocxNotZip' },
  ];
  writeFileSync(join(dir, 'pasted.txt'), pastedText);
  const pasted = { text: pastedText, analysis: cliAnalysis(join(dir, 'pasted.txt')) };
  for (const file of files) {
    if (file.problem) continue;
    const path = join(dir, file.name);
    writeFileSync(path, file.bytes);
    file.analysis = cliAnalysis(path);
  }
  return { pasted, files, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
