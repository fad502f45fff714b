/**
 * The work units of annex 7 ("Listes indicatives d'unités de travail"), per direction générale,
 * in the guide's order: each direction's *unités communes* (codes `A 00`–`A 31`, a subset per
 * direction, with the direction's own *personnel ou service concerné*), then its *unités
 * spécifiques*. The tables are rebuilt from text where codes, titles and personnel came in
 * separate runs; every pairing that needed a decision is commented next to its row in
 * `units/<direction>.ts`. The lists are "non exhaustives": users add their own units.
 *
 * Two lists are ours, not the guide's, and their units say so (`derived: true`, also in
 * `duerp catalogue units --json`):
 * - DPAEP is named as a direction but has no list of its own in the guide. It gets the common
 *   units only: the union of the codes the six lists use (A 00–A 31 except A 23, which no list
 *   has), each with the title of the first list (in guide order) that has it, and no personnel
 *   (the personnel cells are each direction's own).
 * - DGFiP was formed in 2008 (after the guide) from the DGI and the DGCP: its list is the union
 *   of theirs. A common code comes once, with the DGCP's title (first in guide order; the two
 *   titles agree) and the personnel of both, each named by its direction
 *   (`DGCP : … ; DGI : …`); then the DGI's specific units (`B 51`…) and the DGCP's (`C 51`…).
 */
import { DIRECTIONS, type Direction, type WorkUnit } from './types';
import { normaliseLabel } from '../workbook/labels';
import { DGCP_UNITS } from './units/dgcp';
import { DGI_UNITS } from './units/dgi';
import { DGDDI_UNITS } from './units/dgddi';
import { DGCCRF_UNITS } from './units/dgccrf';
import { INSEE_UNITS } from './units/insee';
import { DRIRE_UNITS } from './units/drire';

const GUIDE_UNITS: readonly WorkUnit[] = [
  ...DGCP_UNITS,
  ...DGI_UNITS,
  ...DGDDI_UNITS,
  ...DGCCRF_UNITS,
  ...INSEE_UNITS,
  ...DRIRE_UNITS,
];

/** Codes are ASCII (`A 00`, `B 51`, `MA01`): compared by code point, which spares loading ICU's collator at start. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function dpaepUnits(): WorkUnit[] {
  const byCode = new Map<string, WorkUnit>();
  for (const u of GUIDE_UNITS) {
    if (u.scope === 'commune' && !byCode.has(u.code)) {
      byCode.set(u.code, { direction: 'DPAEP', code: u.code, title: u.title, scope: 'commune', derived: true });
    }
  }
  return [...byCode.values()].sort((a, b) => byCodePoint(a.code, b.code));
}

/** The directions the DGFiP was formed from, in guide order. */
export const DGFIP_SOURCES: readonly Direction[] = ['DGCP', 'DGI'];

function dgfipUnits(): WorkUnit[] {
  const sources = GUIDE_UNITS.filter((u) => DGFIP_SOURCES.includes(u.direction));
  const communes = new Map<string, { title: string; personnel: string[] }>();
  for (const u of sources.filter((x) => x.scope === 'commune')) {
    const entry = communes.get(u.code) ?? { title: u.title, personnel: [] };
    if (u.personnel !== undefined) entry.personnel.push(`${u.direction} : ${u.personnel}`);
    communes.set(u.code, entry);
  }
  const common = [...communes].sort(([a], [b]) => byCodePoint(a, b)).map(([code, { title, personnel }]): WorkUnit => {
    const unit: WorkUnit = { direction: 'DGFiP', code, title, scope: 'commune', derived: true };
    return personnel.length ? { ...unit, personnel: personnel.join(' ; ') } : unit;
  });
  const specific = sources
    .filter((u) => u.scope === 'spécifique')
    .sort((a, b) => byCodePoint(a.code, b.code))
    .map((u): WorkUnit => ({ direction: 'DGFiP', code: u.code, title: u.title, scope: 'spécifique', derived: true }));
  return [...common, ...specific];
}

/** Every work unit, direction by direction in the order of `DIRECTIONS` (DPAEP, then DGFiP, last). */
export const WORK_UNITS: readonly WorkUnit[] = Object.freeze(
  [...GUIDE_UNITS, ...dpaepUnits(), ...dgfipUnits()].map((u) => Object.freeze(u)),
);

/** A direction's units, in the guide's order (communes, then spécifiques). */
export function unitsOf(direction: Direction): WorkUnit[] {
  return WORK_UNITS.filter((u) => u.direction === direction);
}

/** The dropdown text: `A 16 - Accueil - Accueil téléphonique`; the code alone when the guide gives no title (AR06). */
export function unitLabel(u: Pick<WorkUnit, 'code' | 'title'>): string {
  return u.title.trim() ? `${u.code} - ${u.title}` : u.code;
}

/** Case, accents, punctuation (dashes, quotes, colons) and spaces ignored: `A 16` ≡ `a16`. */
function key(text: unknown): string {
  return normaliseLabel(text).replace(/ /g, '');
}

interface UnitIndex {
  labels: Map<string, WorkUnit>;
  codes: Map<string, WorkUnit>;
  titles: Map<string, WorkUnit>;
}

const indexes = new Map<Direction | '*', UnitIndex>();

function indexOf(scope: Direction | '*'): UnitIndex {
  let index = indexes.get(scope);
  if (!index) {
    index = { labels: new Map(), codes: new Map(), titles: new Map() };
    const units = scope === '*' ? WORK_UNITS : unitsOf(scope);
    for (const u of units) {
      // First one wins: without a direction, a common code reads as the first direction's unit.
      if (!index.labels.has(key(unitLabel(u)))) index.labels.set(key(unitLabel(u)), u);
      if (!index.codes.has(key(u.code))) index.codes.set(key(u.code), u);
      if (key(u.title) && !index.titles.has(key(u.title))) index.titles.set(key(u.title), u);
    }
    indexes.set(scope, index);
  }
  return index;
}

/**
 * The unit a typed text names: its label (`A 16 - Accueil - Accueil téléphonique`), its code
 * alone (`a16`, `A 16`, `MA01`) or its title alone, ignoring case, accents, punctuation and
 * spaces. With a direction, only that direction's units; without, the first in guide order.
 * A label whose code and title disagree (`A 16 - Chauffeur`) names nothing.
 */
export function findUnit(text: string, direction?: Direction): WorkUnit | undefined {
  const k = key(text);
  if (!k) return undefined;
  const index = indexOf(direction ?? '*');
  return index.labels.get(k) ?? index.codes.get(k) ?? index.titles.get(k);
}

/** The directions' names as the guide's annex 7 headings write them (DPAEP, DGFiP: their usual names). */
export const DIRECTION_NAMES: Readonly<Record<Direction, string>> = {
  DGCP: 'Direction générale de la comptabilité publique',
  DGI: 'Direction générale des impôts',
  DGDDI: 'Direction générale des douanes et droits indirects',
  DGCCRF: 'Direction générale de la concurrence, de la consommation et de la répression des fraudes',
  INSEE: 'Institut national de la statistique et des études économiques',
  DRIRE: "Direction régionale de l'industrie, de la recherche et de l'environnement",
  DPAEP: "Direction des personnels et de l'adaptation de l'environnement professionnel",
  DGFiP: 'Direction générale des Finances publiques',
};

/** A direction from its acronym (`dgddi`, ` DGDDI `, `D.G.D.D.I.`) or its full name. */
export function parseDirection(text: string): Direction | undefined {
  const k = key(text);
  if (!k) return undefined;
  return DIRECTIONS.find((d) => key(d) === k || key(DIRECTION_NAMES[d]) === k);
}
