import { buildRound } from '../_build/build-round.mjs';
import { specs } from './specs-A.mjs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
buildRound(dirname(fileURLToPath(import.meta.url)), specs);
