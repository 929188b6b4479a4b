import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('defaults to the outline', () => {
    expect(parseArgs(['a.txt'])).toEqual({ kind: 'analyze', format: 'outline', files: ['a.txt'] });
  });

  it.each([
    ['--json', 'json'],
    ['--text', 'text'],
    ['--markdown', 'markdown'],
    ['--outline', 'outline'],
  ] as const)('%s selects %s, before or after the files', (flag, format) => {
    expect(parseArgs([flag, 'a.txt', 'b.html'])).toEqual({ kind: 'analyze', format, files: ['a.txt', 'b.html'] });
    expect(parseArgs(['a.txt', flag])).toEqual({ kind: 'analyze', format, files: ['a.txt'] });
  });

  it('reads "-" as standard input and everything after "--" as files', () => {
    expect(parseArgs(['-', '--', '--json'])).toEqual({ kind: 'analyze', format: 'outline', files: ['-', '--json'] });
  });

  it('takes --host NAME and --host=NAME', () => {
    expect(parseArgs(['--host', 'www.gongwenhui.com', 'p.html'])).toMatchObject({ host: 'www.gongwenhui.com', files: ['p.html'] });
    expect(parseArgs(['--host=m.ruiwen.com', 'p.html'])).toMatchObject({ host: 'm.ruiwen.com', files: ['p.html'] });
    expect(parseArgs(['p.html', '--host'])).toEqual({ kind: 'usage-error', message: '--host needs a host name' });
  });

  it('takes --docx OUT and --docx=OUT, with --host, for any number of files', () => {
    expect(parseArgs(['--docx', 'out.docx', 'a.txt'])).toEqual({ kind: 'docx', out: 'out.docx', files: ['a.txt'] });
    expect(parseArgs(['a.html', 'b.txt', '--docx=dir', '--host', 'www.gongwenhui.com'])).toEqual({
      kind: 'docx',
      out: 'dir',
      files: ['a.html', 'b.txt'],
      host: 'www.gongwenhui.com',
    });
  });

  it('answers --help and --version whatever else is there', () => {
    expect(parseArgs(['a.txt', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['--jsn', 'a.txt'], 'unknown option --jsn'],
    [['--json', '--text', 'a.txt'], 'choose one output format, not --json and --text'],
    [[], 'no FILE given'],
    [['--json'], 'no FILE given'],
    [['--docx', 'o.docx', '--text', 'a.txt'], '--docx writes a Word document, not --text output'],
    [['a.txt', '--docx'], '--docx needs a file name (or a folder for several FILEs)'],
    [['--docx', '--json', 'a.txt'], '--docx needs a file name (or a folder for several FILEs)'],
    [['--docx=', 'a.txt'], '--docx needs a file name (or a folder for several FILEs)'],
    [['--docx', 'o.docx'], 'no FILE given'],
  ])('%j is a usage error: %s', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message });
  });
});
