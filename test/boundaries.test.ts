// Where code runs is a boundary you can check (docs/style.md, habit 4): src/core is pure — it
// imports nothing from outside src/core (no packages but the pure ones listed) and touches no DOM or extension
// global; src/dom, shared with the command line, touches no extension API. Read with the
// TypeScript compiler: strings, regular expressions and comments cannot fool the scan, and a
// local variable that happens to be called `window` is told apart from the global.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

const DOM_GLOBALS = ['document', 'window', 'navigator', 'location', 'globalThis', 'self', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'MutationObserver'];
const EXTENSION_GLOBALS = ['browser', 'chrome'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [path] : [];
  });
}

interface Findings {
  imports: string[];
  identifiers: { name: string; line: number }[];
}

const WATCHED = new Set([...DOM_GLOBALS, ...EXTENSION_GLOBALS]);

function createChecker(files: string[]): { program: ts.Program; checker: ts.TypeChecker } {
  const program = ts.createProgram(files, {
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
    resolveJsonModule: true,
  });
  return { program, checker: program.getTypeChecker() };
}

/** Declared by the environment (lib.dom.d.ts, @types), or not declared at all: a global. */
function isGlobal(program: ts.Program, checker: ts.TypeChecker, identifier: ts.Identifier): boolean {
  const declarations = checker.getSymbolAtLocation(identifier)?.declarations ?? [];
  return declarations.every((d) => {
    const file = d.getSourceFile();
    return program.isSourceFileDefaultLibrary(file) || file.fileName.includes('/node_modules/');
  });
}

function scan(file: string, program: ts.Program, checker: ts.TypeChecker): Findings {
  const source = program.getSourceFile(file)!;
  const findings: Findings = { imports: [], identifiers: [] };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      findings.imports.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      findings.imports.push(argument && ts.isStringLiteral(argument) ? argument.text : '<computed import>');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      findings.imports.push(node.argument.literal.text);
    } else if (ts.isIdentifier(node) && WATCHED.has(node.text) && isFreeReference(node) && isGlobal(program, checker, node)) {
      findings.identifiers.push({ name: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** An identifier used as a value or type name, not a property name, object key or member. */
function isFreeReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)) && parent.name === node) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  return true;
}

/** Packages the core may import: pure code, no DOM, no I/O. re2js runs the user's own patterns
 * in linear time (core/user-rules.ts), which V8's backtracking engine cannot promise. */
const CORE_PACKAGES = new Set(['re2js']);

const coreFiles = sourceFiles(join(SRC, 'core'));
const domFiles = sourceFiles(join(SRC, 'dom'));
const inputFiles = sourceFiles(join(SRC, 'input'));
const { program, checker } = createChecker([...coreFiles, ...domFiles, ...inputFiles]);

describe('src/core', () => {
  it('has sources to check', () => {
    expect(coreFiles.length).toBeGreaterThan(3);
  });

  it.each(coreFiles.map((f) => [relative(ROOT, f), f]))('%s imports only from src/core', (_name, file) => {
    const outside = scan(file, program, checker).imports.filter((specifier) => {
      if (!specifier.startsWith('.')) return !CORE_PACKAGES.has(specifier); // a package, or node:*
      const target = resolve(dirname(file), specifier);
      return !(target + '/').startsWith(join(SRC, 'core') + '/');
    });
    expect(outside).toEqual([]);
  });

  it.each(coreFiles.map((f) => [relative(ROOT, f), f]))('%s touches no DOM or extension global', (_name, file) => {
    const used = scan(file, program, checker).identifiers.filter((i) => DOM_GLOBALS.includes(i.name) || EXTENSION_GLOBALS.includes(i.name));
    expect(used).toEqual([]);
  });
});

describe('src/dom (shared with the command line)', () => {
  it.each(domFiles.map((f) => [relative(ROOT, f), f]))('%s uses no extension API and no extension shell', (_name, file) => {
    const { imports, identifiers } = scan(file, program, checker);
    expect(identifiers.filter((i) => EXTENSION_GLOBALS.includes(i.name))).toEqual([]);
    const shells = imports.filter((s) => /(^|\/)(content|background|popup|options|shared\/browser)(\/|$)|webextension-polyfill/.test(s));
    expect(shells).toEqual([]);
  });
});

/** src/input reads files for the command line and the 清稿台 alike: bytes in, data out. The DOM
 * it needs for an HTML page is handed in (linkedom or DOMParser); the zip reader is fflate. */
describe('src/input (shared by the command line and the 清稿台)', () => {
  it('has sources to check', () => {
    expect(inputFiles.length).toBeGreaterThan(3);
  });

  it.each(inputFiles.map((f) => [relative(ROOT, f), f]))('%s imports only src/core, src/dom, src/input and fflate, and touches no DOM or extension global', (_name, file) => {
    const { imports, identifiers } = scan(file, program, checker);
    const outside = imports.filter((specifier) => {
      if (!specifier.startsWith('.')) return specifier !== 'fflate';
      const target = resolve(dirname(file), specifier) + '/';
      return !['core', 'dom', 'input'].some((folder) => target.startsWith(join(SRC, folder) + '/'));
    });
    expect(outside).toEqual([]);
    expect(identifiers.filter((i) => DOM_GLOBALS.includes(i.name) || EXTENSION_GLOBALS.includes(i.name))).toEqual([]);
  });
});

describe('the scan itself', () => {
  it('sees a global use and an outside import, and not a local, a property or a string', () => {
    const probe = join(ROOT, 'test', 'fixtures-boundaries-probe.ts');
    const text = [
      "import x from '../src/dom/index';",
      'const a = { document: 1 }; a.document; const s = "window"; const r = /chrome/;',
      'function f(chrome: number) { const window = [chrome]; return window.length; }',
      'document.title = s;',
    ].join('\n');
    const host = ts.createCompilerHost({});
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (name === probe ? text : readFile(name));
    host.fileExists = ((exists) => (name: string) => name === probe || exists(name))(host.fileExists.bind(host));
    const probeProgram = ts.createProgram([probe], { noEmit: true, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], types: [] }, host);
    const found = scan(probe, probeProgram, probeProgram.getTypeChecker());
    expect(found.imports).toEqual(['../src/dom/index']);
    expect(found.identifiers.map((i) => `${i.name}:${i.line}`)).toEqual(['document:4']);
  });
});
