// How the command tells HTML from text on standard input: a BOM, spaces and comments, then an
// HTML opening tag. The comments are skipped by a scan, so any run of them ends in linear time
// (the regex it replaced tried every split of 40 × `<!--a-->` and never finished).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isHtmlInput } from '../../src/cli/analyze-input';
import { ensureCliBuilt } from './built-cli';

const bin = join(resolve(__dirname, '../..'), 'bin/qinggao.mjs');
const bytes = (text: string) => new TextEncoder().encode(text);
const COMMENTS = '<!--a-->'.repeat(40);
const SPEECH_LINE = '同志们：今天我们召开全县安全生产工作会议，主要任务是部署下半年工作。';

describe('isHtmlInput on standard input', () => {
  it('a run of comments before a tag that is no HTML opening: text', () => {
    expect(isHtmlInput('-', bytes(`${COMMENTS}<x>`))).toBe(false);
    expect(isHtmlInput('-', bytes(`${'<!--a-->'.repeat(120)}<x>`))).toBe(false);
  });

  it('a run of comments, spaces and a BOM before <html> or <!doctype html>: HTML', () => {
    expect(isHtmlInput('-', bytes(`${COMMENTS}<html><body></body></html>`))).toBe(true);
    expect(isHtmlInput('-', bytes(`\uFEFF \n<!-- saved -->\n<!-- from a site -->\n<!DOCTYPE html><html></html>`))).toBe(true);
    expect(isHtmlInput('-', bytes('<!----><title>讲话</title>'))).toBe(true);
  });

  it('a tag inside a comment, or a comment still open, is not an opening tag', () => {
    expect(isHtmlInput('-', bytes(`<!-- <html> -->${SPEECH_LINE}`))).toBe(false);
    expect(isHtmlInput('-', bytes(`<!-- ${'-'.repeat(2000)} <html>`))).toBe(false);
    expect(isHtmlInput('-', bytes('<!--><html>'))).toBe(false); // "<!-->" does not close the comment it opens
  });
});

describe('qinggao - with 40 comments before <x>', () => {
  beforeAll(ensureCliBuilt, 120_000);

  it('finishes and reads the input as text, comments and all', () => {
    const input = `${COMMENTS}<x>${SPEECH_LINE}`;
    const r = spawnSync(process.execPath, [bin, '--json', '-'], { input, encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { paragraphs: string[] }).paragraphs).toEqual([input]);
  });
});
