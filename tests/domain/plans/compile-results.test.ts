import { applyPlanToSnapshot } from '../../../src/domain/plans/apply-to-snapshot';
import { planCompile, type NamedWorkbook } from '../../../src/domain/plans/compile';
import { planRecompute } from '../../../src/domain/plans/recompute';
import { runChecks } from '../../../src/domain/check/run-checks';
import { layoutToSnapshot } from '../../../src/domain/templates';
import { parseA1 } from '../../../src/domain/workbook/address';
import { cellFormula, cellValue, type WorkbookSnapshot } from '../../../src/domain/workbook/snapshot';
import { filledCensus, filledDocumentUnique } from '../../fixtures/generate';
import { censusOf, censusToReview, freshDocumentUnique } from '../../fixtures/gt-decisions';

const at = (s: WorkbookSnapshot, sheet: string, a1: string) => {
  const { row, col } = parseA1(a1);
  const sh = s.sheets.find((x) => x.name === sheet)!;
  return { value: cellValue(sh, row, col), formula: cellFormula(sh, row, col) };
};
const named = (name: string, layout: Parameters<typeof layoutToSnapshot>[0]): NamedWorkbook => ({ name, snapshot: layoutToSnapshot(layout) });

describe('compile: the compiled DU passes its own check', () => {
  const census = named('sip-nord.xlsx', filledCensus());

  it.each([
    ['a fresh DU (index formulas already in its template rows)', () => freshDocumentUnique()],
    ['a filled DU (--into)', () => layoutToSnapshot(filledDocumentUnique())],
  ])('into %s: every index shows its letter, and recompute then plans nothing', (_, target) => {
    const du = target();
    const out = applyPlanToSnapshot(du, planCompile([census], du));
    expect(runChecks(out).filter((f) => f.rule === 'indice-matrice')).toEqual([]);
    expect(planRecompute(out).edits).toEqual([]);
    // The first compiled risk of the fresh DU: G 3, F 3 → A, shown as the cached result.
    if (at(du, 'Hiérarchisation', 'A8').value === null) expect(at(out, 'Hiérarchisation', 'J8')).toMatchObject({ value: 'A', formula: expect.stringContaining('DUERP_Matrice') });
  });

  it('carries the census figures to Identification and Statistiques, with live totals showing their results', () => {
    const du = freshDocumentUnique();
    const other = named('cdif.xlsx', censusOf('CDIF Lille', 'DGI'));
    const out = applyPlanToSnapshot(du, planCompile([census, other], du));
    expect([at(out, 'Identification', 'B8').value, at(out, 'Identification', 'C8').value]).toEqual(['SIP Nord', 25]);
    expect([at(out, 'Identification', 'B9').value, at(out, 'Identification', 'C9').value]).toEqual(['CDIF Lille', 25]);
    expect(at(out, 'Identification', 'C23')).toEqual({ value: 50, formula: '=SUM(C8:C22)' });
    // Effectifs, SMS, évacuation, premiers secours, habilitation électrique.
    const stats = ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => at(out, 'Statistiques', `${c}4`).value);
    expect(stats).toEqual(['SIP Nord', 25, 2, 6, 4, 1]);
    expect(['B', 'C', 'D', 'E', 'F'].map((c) => at(out, 'Statistiques', `${c}19`))).toEqual([
      { value: 50, formula: '=SUM(B4:B18)' }, { value: 4, formula: '=SUM(C4:C18)' }, { value: 12, formula: '=SUM(D4:D18)' },
      { value: 8, formula: '=SUM(E4:E18)' }, { value: 2, formula: '=SUM(F4:F18)' },
    ]);
  });

  it('takes the direction the censuses agree on when the DU shows the placeholder', () => {
    const du = freshDocumentUnique();
    const out = applyPlanToSnapshot(du, planCompile([census], du));
    expect(at(out, 'Identification', 'C3').value).toBe('DGI');
  });

  it('adds nothing the second time (--into its own output)', () => {
    const du = freshDocumentUnique();
    const censuses = [census, named('cdif.xlsx', censusOf('CDIF Lille', 'DGI'))];
    const out = applyPlanToSnapshot(du, planCompile(censuses, du));
    expect(planCompile(censuses, out).edits).toEqual([]);
  });

  it('never overwrites a typed total', () => {
    const du = freshDocumentUnique();
    const sheet = du.sheets.find((s) => s.name === 'Statistiques')!;
    sheet.values[18][1] = 999;
    sheet.formulas[18][1] = null;
    const plan = planCompile([census], du);
    expect(plan.edits.filter((e) => 'cell' in e && e.sheet === 'Statistiques' && e.cell === 'B19')).toEqual([]);
  });

  it('says where there is no free row left above the totals', () => {
    const du = freshDocumentUnique();
    const censuses = Array.from({ length: 16 }, (_, i) => named(`p${i}.xlsx`, censusOf(`Point ${i + 1}`, 'DGI')));
    const plan = planCompile(censuses, du, { duName: 'du.xlsx' });
    const out = applyPlanToSnapshot(du, plan);
    expect(at(out, 'Statistiques', 'A18').value).toBe('Point 15');
    expect(at(out, 'Statistiques', 'A19').value).toBe('Totaux');
    expect(plan.warnings).toContainEqual({ file: 'du.xlsx', sheet: 'Statistiques', cell: 'A19', message: expect.stringMatching(/Plus de ligne libre.*« Point 16 »/) });
  });
});

describe('compile: what needs a look', () => {
  it('reports ratings outside 1–4 or missing and a unit outside the direction’s list, at the census cell', () => {
    const du = freshDocumentUnique('DGI');
    const { warnings } = planCompile([named('a-revoir.xlsx', censusToReview())], du);
    expect(warnings).toEqual(expect.arrayContaining([
      { file: 'a-revoir.xlsx', sheet: 'Grille de recensement', cell: 'H9', message: expect.stringMatching(/gravité à revoir \(la note 5 est hors de l'échelle de 1 à 4\)/) },
      { file: 'a-revoir.xlsx', sheet: 'Grille de recensement', cell: 'I10', message: expect.stringMatching(/sans fréquence/) },
      { file: 'a-revoir.xlsx', sheet: 'Grille de recensement', cell: 'B11', message: expect.stringMatching(/« Z 99 - Atelier de reliure » n’est pas dans la liste de la DGI/) },
    ]));
    expect(warnings).toHaveLength(3);
  });

  it('reports a census of another direction than the DU’s', () => {
    const du = freshDocumentUnique('DGI');
    const { warnings } = planCompile([named('douane.xlsx', censusOf('Brigade', 'DGDDI'))], du);
    expect(warnings).toContainEqual({ file: 'douane.xlsx', sheet: 'Informations générales', cell: 'C3', message: expect.stringMatching(/de la DGDDI alors que le document unique est celui de la DGI/) });
  });

  it('reports, without a DU direction, the census whose direction differs from the others’, and leaves the direction to choose', () => {
    const du = freshDocumentUnique();
    const plan = planCompile([named('a.xlsx', censusOf('A', 'DGI')), named('b.xlsx', censusOf('B', 'DGCP')), named('c.xlsx', censusOf('C', 'DGI'))], du);
    expect(plan.warnings.filter((w) => /direction|recensement est de la/.test(w.message))).toEqual([
      { file: 'b.xlsx', sheet: 'Informations générales', cell: 'C3', message: expect.stringMatching(/de la DGCP alors que les autres recensements sont de la DGI/) },
    ]);
    expect(applyPlanToSnapshot(du, plan).sheets.find((s) => s.name === 'Identification')!.values[2][2]).toMatch(/^Sélectionner/);
  });

  it('reports two censuses naming the same point, whose figures are carried once', () => {
    const du = freshDocumentUnique('DGI');
    const plan = planCompile([named('a.xlsx', censusOf('SIP Nord', 'DGI')), named('b.xlsx', censusOf('sip nord', 'DGI'))], du);
    expect(plan.warnings).toEqual([{ file: 'b.xlsx', sheet: 'Informations générales', cell: 'C5', message: expect.stringMatching(/même point de recensement que « a\.xlsx »/) }]);
    expect(applyPlanToSnapshot(du, plan).sheets.find((s) => s.name === 'Statistiques')!.values[4]?.[0] ?? null).toBeNull();
  });

  it('says nothing about risks it did not carry (second run)', () => {
    const du = freshDocumentUnique('DGI');
    const review = named('a-revoir.xlsx', censusToReview());
    const out = applyPlanToSnapshot(du, planCompile([review], du));
    expect(planCompile([review], out).warnings).toEqual([]);
  });
});
