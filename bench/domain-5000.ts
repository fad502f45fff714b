/**
 * Times the pure core on a 5,000-row census snapshot: recognition, repair, recompute.
 * Run: node -r ./bench/register.js bench/domain-5000.ts
 */
import { performance } from 'perf_hooks';
import { planRecompute } from '../src/domain/plans/recompute';
import { planRepair } from '../src/domain/plans/repair';
import { recognise } from '../src/domain/workbook/recognise';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/domain/workbook/snapshot';

const ROWS = Number(process.argv[2] ?? 5000);
const HEADERS = ['Site', 'Unités de travail', "Nb d'agents exposés", 'Type de risques', 'Nature du danger', "Description de la situation d'exposition", 'Moyens actuels de prévention', 'Gravité', 'Fréquence', 'Indice de risque', 'Moyens de prévention souhaités', "Type d'action"];

function sheet(name: string, values: CellValue[][], formulas: (string | null)[][]): SheetSnapshot {
  return { name, visibility: 'visible', values, formulas, merges: [], validations: [], conditionalFormats: [] };
}

function census(rows: number): WorkbookSnapshot {
  const values: CellValue[][] = [['Nom du rédacteur', { error: '#REF!' }], [], HEADERS];
  const formulas: (string | null)[][] = [[null, '=#REF!'], [], HEADERS.map(() => null)];
  for (let i = 0; i < rows; i++) {
    values.push([{ error: '#REF!' }, 'A 16 - Accueil', i % 20, '18 - Risques Psycho-Sociaux (RPS)', 'Agression', 'Accueil du public', 'Hygiaphone', (i % 4) + 1, ((i >> 2) % 4) + 1, { error: '#REF!' }, 'Formation', 'Humaine (formation, information)']);
    formulas.push(['=#REF!', null, null, null, null, null, null, null, null, '=#REF!', null, null]);
  }
  return {
    sheets: [sheet('Informations générales', [['Dir. Générale', 'DGFIP'], ['Sigle du service analysé', 'SIP'], ['Rédacteur du site analysé', 'Mme X']], [[null, null], [null, null], [null, null]]), sheet('Grille de recensement', values, formulas)],
    names: [],
  };
}

function time<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  console.log(`${label.padEnd(28)} ${(performance.now() - t0).toFixed(1)} ms`);
  return out;
}

const snapshot = census(ROWS);
console.log(`Cœur pur, recensement de ${ROWS} lignes`);
time('recognise', () => recognise(snapshot));
const repair = time('planRepair', () => planRepair(snapshot));
const recompute = time('planRecompute', () => planRecompute(snapshot));
console.log(`modifications : réparation ${repair.edits.length}, recalcul ${recompute.edits.length}`);
