/**
 * What the pane says when a workbook opens (src/domain/overview/overview.ts) and the picture of a
 * hierarchisation (src/domain/overview/hierarchy.ts), from generated fixtures.
 */
import { RISK_MATRIX, type RiskIndex } from '../../../src/domain/catalogue/scales';
import { rankRisks } from '../../../src/domain/method/rank';
import { hierarchy } from '../../../src/domain/overview/hierarchy';
import { overview } from '../../../src/domain/overview/overview';
import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import { planRecompute } from '../../../src/domain/plans/recompute';
import { planRepair, repairDue } from '../../../src/domain/plans/repair';
import { DU_TABLE, documentUniqueLayout, layoutToSnapshot } from '../../../src/domain/templates';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { CENSUS_RISKS, filledCensus, filledDocumentUnique, filledProgramme } from '../../fixtures/generate';
import { GT_PRIORITIES, freshDocumentUnique, gtDecisionsDocumentUnique } from '../../fixtures/gt-decisions';
import { fill } from '../../fixtures/transforms';
import { libreOfficeSaved } from '../../fixtures/libreoffice-saved';
import { sheetOf, workbookOf } from '../../helpers/snapshot-builder';

const repaired = (s: WorkbookSnapshot) => applyPlanToSnapshot(s, planRepair(s));
const recomputed = (s: WorkbookSnapshot) => applyPlanToSnapshot(s, planRecompute(s));

/** Letters expected from the fixture's G and F, through the matrix of annex 5 (not the code under test). */
function lettersOf(risks: CellValue[][]): Record<RiskIndex, number> {
  const out: Record<RiskIndex, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const r of risks) out[RISK_MATRIX[Number(r[6]) - 1][Number(r[7]) - 1]]++;
  return out;
}

describe('overview — what the workbook is and holds', () => {
  it('counts the risk rows, the distinct units and the rows per letter of a census', () => {
    const o = overview(layoutToSnapshot(filledCensus()));
    expect(o.kind).toBe('recensement');
    expect(o.riskRows).toBe(CENSUS_RISKS.length);
    // A 16 twice among the risks, and the units table repeats four of them: 5 distinct units.
    expect(o.units).toBe(5);
    expect(o.letters).toEqual(lettersOf(CENSUS_RISKS));
    expect(o.letters).toEqual({ A: 2, B: 2, C: 2, D: 0 });
    expect(o.unrated).toBe(0);
  });

  it('reads ratings typed as text ("3", " 4 ", "2,0") like numbers', () => {
    const o = overview(layoutToSnapshot(filledCensus({ textRatings: true })));
    expect(o.letters).toEqual(lettersOf(CENSUS_RISKS));
    expect(o.unrated).toBe(0);
  });

  it('counts a row without a valid G or F as unrated, not as a letter', () => {
    const risks = CENSUS_RISKS.slice(0, 4).map((r) => r.slice());
    risks[0][6] = 5; // G outside 1–4
    risks[1][7] = ''; // F missing
    risks[2][6] = 'trois';
    risks[3][6] = '1';
    risks[3][7] = ' 4 '; // G1 F4: C
    const o = overview(layoutToSnapshot(filledCensus({ risks })));
    expect(o.riskRows).toBe(4);
    expect(o.unrated).toBe(3);
    expect(o.letters).toEqual({ A: 0, B: 0, C: 1, D: 0 });
  });

  it('counts units as distinct whatever their case and accents', () => {
    const risks = CENSUS_RISKS.slice(0, 3).map((r) => r.slice());
    risks[0][0] = 'a 16 - accueil - accueil telephonique';
    risks[1][0] = 'A 16 - ACCUEIL - ACCUEIL TÉLÉPHONIQUE';
    risks[2][0] = 'Z 99 - Atelier de reliure';
    // The units table names A 16, A 01, A 08, A 13; the risks add Z 99 only.
    expect(overview(layoutToSnapshot(filledCensus({ risks }))).units).toBe(5);
  });

  it('counts the units of the census’s units table even when no risk names them', () => {
    const risks = CENSUS_RISKS.slice(0, 1).map((r) => r.slice());
    risks[0][0] = '';
    expect(overview(layoutToSnapshot(filledCensus({ risks }))).units).toBe(4);
  });

  it('counts a programme’s actions and their letters', () => {
    const o = overview(layoutToSnapshot(filledProgramme()));
    expect(o.kind).toBe('programme');
    expect(o.actions).toBe(2);
    expect(o.letters).toEqual({ A: 2, B: 0, C: 0, D: 0 });
  });

  it('knows nothing of a workbook it does not recognise, and proposes nothing', () => {
    const o = overview(workbookOf(sheetOf('Feuil1', { A1: 'Liste des courses', A2: 'Pain' })));
    expect(o.kind).toBe('inconnu');
    expect(o.next).toBeNull();
    expect(o).toMatchObject({ riskRows: 0, units: 0, actions: 0, unrated: 0, brokenCells: 0, recomputeEdits: 0 });
  });
});

describe('overview — the next useful action', () => {
  it('asks to repair a census as distributed first', () => {
    const o = overview(layoutToSnapshot(filledCensus({ broken: true })));
    expect(o.brokenCells).toBeGreaterThan(0);
    expect(o.next).toMatchObject({ action: 'reparer', label: 'Réparer d’abord' });
    expect(o.next!.why).toContain('#REF!');
  });

  it('counts the broken links LibreOffice leaves (showing #VALUE!, not #REF!) as broken, the way repair does', () => {
    const snapshot = layoutToSnapshot(libreOfficeSaved(filledCensus({ broken: true })));
    const o = overview(snapshot);
    expect(o.recognition.refErrors).toBe(0);
    expect(o.brokenCells).toBe(repairDue(snapshot));
    expect(o.brokenCells).toBeGreaterThan(0);
    expect(o.next).toMatchObject({ action: 'reparer' });
  });

  it('asks to recompute a repaired census, to hierarchise a repaired DU', () => {
    const census = overview(repaired(layoutToSnapshot(filledCensus({ broken: true }))));
    expect(census.brokenCells).toBe(0);
    expect(census.recomputeEdits).toBeGreaterThan(0);
    expect(census.next?.action).toBe('recalculer');
    const du = overview(repaired(layoutToSnapshot(filledDocumentUnique({ broken: true }))));
    expect(du.next?.action).toBe('hierarchiser');
  });

  it('asks to compile into a DU that holds no risk yet', () => {
    const o = overview(freshDocumentUnique('DGI'));
    expect(o.kind).toBe('document-unique');
    expect(o.riskRows).toBe(0);
    expect(o.next?.action).toBe('compiler');
  });

  it('asks to hierarchise a blank DU before compiling into it', () => {
    // A DU without its formulas is not up to date, however empty.
    expect(overview(layoutToSnapshot(documentUniqueLayout({ broken: false }))).next?.action).toBe('hierarchiser');
  });

  it('proposes the check once a workbook is up to date', () => {
    for (const layout of [filledCensus({ broken: true }), filledDocumentUnique({ broken: true })]) {
      const o = overview(recomputed(repaired(layoutToSnapshot(layout))));
      expect(o.recomputeEdits).toBe(0);
      expect(o.next).toMatchObject({ action: 'verifier', label: 'Passer à la vérification' });
    }
  });
});

describe('hierarchy — the grid and the ranked risks', () => {
  // The filled DU (G,F): (3,3) (4,2) (2,3) (1,4) (2,2) (3,4) in rows 8–13; then two more (2,2)
  // risks with 1 and 9 agents, and one with G typed " 4 " and F "1" as text; one unrated (G 5).
  const first = DU_TABLE.firstRow;
  const layout = fill(gtDecisionsDocumentUnique(), DU_TABLE.sheet, {
    [`B${first + 6}`]: 'A 02 - Encadrement intermédiaire', [`C${first + 6}`]: 1, [`F${first + 6}`]: 'Classement', [`H${first + 6}`]: 2, [`I${first + 6}`]: 2,
    [`B${first + 7}`]: 'A 03 - Agents', [`C${first + 7}`]: 9, [`F${first + 7}`]: 'Saisie', [`H${first + 7}`]: 2, [`I${first + 7}`]: 2,
    [`B${first + 8}`]: 'A 04 - Agents', [`F${first + 8}`]: 'Courrier', [`H${first + 8}`]: ' 4 ', [`I${first + 8}`]: '1',
    [`B${first + 9}`]: 'A 05 - Agents', [`F${first + 9}`]: 'Ménage', [`H${first + 9}`]: 5, [`I${first + 9}`]: 1,
  });
  const h = hierarchy(layoutToSnapshot(layout));

  it('counts each rated risk at grid[g - 1][f - 1]', () => {
    const expected = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
    for (const [g, f] of [[3, 3], [4, 2], [2, 3], [1, 4], [2, 2], [3, 4], [2, 2], [2, 2], [4, 1]]) expected[g - 1][f - 1]++;
    expect(h.grid).toEqual(expected);
    expect(h.grid[1][1]).toBe(3); // G2 F2 three times
    expect(h.grid[3][0]).toBe(1); // G4 F1 (" 4 ", "1" typed as text)
    expect(h.grid[0][3]).toBe(1); // G1 F4, not G4 F1 twice
    expect(h.unrated).toBe(1);
  });

  it('counts the letters by the matrix', () => {
    // A: (3,3) (3,4); B: (4,2) (2,3); C: (1,4) (2,2)×3 (4,1); D: none.
    expect(h.letters).toEqual({ A: 2, B: 2, C: 5, D: 0 });
    expect(h.ranked.filter((r) => r.index === 'C')).toHaveLength(5);
  });

  it('orders the risks by the automatic rank of src/domain/method/rank.ts', () => {
    // Agents exposed per row, as the fixture typed them (row 16 has none).
    const agents: Record<number, number | null> = { 8: 4, 9: 2, 10: 3, 11: 5, 12: 4, 13: 2, 14: 1, 15: 9, 16: null };
    const ranks = rankRisks(h.ranked.map((r) => ({ order: r.row, gravity: r.gravity, frequency: r.frequency, agents: agents[r.row - first + 8] })));
    expect(h.ranked.map((r) => [r.row, r.rank])).toEqual([...ranks].sort((a, b) => a[1] - b[1]));
    expect(h.ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // A before B before C; G×F, then G, then agents: (2,2) with 9 agents before 4 before 1.
    expect(h.ranked.map((r) => r.row)).toEqual([13, 8, 9, 10, 16, 15, 12, 14, 11].map((n) => n + first - 8));
    expect(h.ranked[0]).toMatchObject({ sheet: DU_TABLE.sheet, index: 'A', gravity: 3, frequency: 4, situation: 'Nettoyage des sanitaires', family: '05 - Risques Chimiques (RCHI)' });
  });

  it('carries the GT’s priority as typed, never changes the rank for it', () => {
    const byRow = new Map(h.ranked.map((r) => [r.row, r]));
    GT_PRIORITIES.forEach((p, i) => expect(byRow.get(first + i)!.priority).toBe(p === null ? '' : String(p)));
    // The GT put row 10 first ("1") and postponed row 13: the automatic rank stays.
    expect(byRow.get(first + 2)!.rank).toBe(4);
    expect(byRow.get(first + 5)).toMatchObject({ rank: 1, priority: 'Reporté à 2027' });
  });

  it('is empty on a workbook without a risk table', () => {
    expect(hierarchy(layoutToSnapshot(filledProgramme()))).toEqual({ grid: [0, 1, 2, 3].map(() => [0, 0, 0, 0]), letters: { A: 0, B: 0, C: 0, D: 0 }, ranked: [], unrated: 0 });
  });
});
