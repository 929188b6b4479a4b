// Every regular expression written in src/: literals (/…/flags) with their text, and the places
// a RegExp is constructed (new RegExp(…), RegExp(…)), found by parsing the TypeScript sources.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

export interface RegexConstruction {
  file: string;
  line: number;
  /** the call as written, for messages */
  text: string;
  /** what it builds, by name: the constant it is assigned to, or the id of the rule it is the
   * pattern of ("ANY_LINE_RULE", "meta.poster"); the place when it has neither */
  name: string;
}

function nameOf(node: ts.Node, file: string, line: number): string {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name)) return at.name.text;
    if (ts.isObjectLiteralExpression(at)) {
      const id = at.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'id');
      if (id && ts.isPropertyAssignment(id) && ts.isStringLiteral(id.initializer)) return id.initializer.text;
    }
    if (ts.isPropertyDeclaration(at) || ts.isFunctionLike(at)) break;
  }
  return `${file}:${line}`;
}

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

export function regexesInSources(dir = join(ROOT, 'src')): { literals: RegexLiteral[]; constructions: RegexConstruction[] } {
  const literals: RegexLiteral[] = [];
  const constructions: RegexConstruction[] = [];
  for (const path of sourceFiles(dir)) {
    const text = readFileSync(path, 'utf8');
    const file = relative(ROOT, path);
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const end = literal.lastIndexOf('/');
        literals.push({ file, line: lineOf(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        constructions.push({ file, line: lineOf(node), text: node.getText(source).slice(0, 120), name: nameOf(node, file, lineOf(node)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, constructions };
}
