// The five seed documents and their gold, read from ../shared beside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

export interface Gold {
  source: string;
  isSpeech: boolean;
  title: string;
  noise: string[];
  paragraphs: string[];
  outline: { level: number; marker: string; text: string; optional?: boolean }[];
}

export function loadSeeds(): { name: string; text: string; gold: Gold }[] {
  const dir = join(SHARED, 'fixtures/seeds');
  if (!existsSync(dir)) throw new Error(`seed fixtures not found at ${dir}: check out ../shared beside the repository`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
      return { name: f.replace('.expected.json', ''), text: readFileSync(join(SHARED, gold.source), 'utf8'), gold };
    });
}
