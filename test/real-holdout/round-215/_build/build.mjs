#!/usr/bin/env node
// Rebuilds this round's gold from its pages and specs:   node test/real-holdout/round-215/_build/build.mjs
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRound } from '../../_build/build-round.mjs';
import { specs } from './specs.mjs';

buildRound(resolve(dirname(fileURLToPath(import.meta.url)), '..'), specs);
