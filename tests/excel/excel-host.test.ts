import { ExcelHost, MAX_REQUEST_BYTES, splitBySize } from '../../src/excel/excel-host';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import type { Edit, Plan } from '../../src/domain/plans/plan';
import { columnLetter } from '../../src/domain/workbook/address';
import type { CellValue } from '../../src/domain/workbook/snapshot';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { filledCensus, largeCensus } from '../fixtures/generate';
import { dumpCells, fakeExcel, fakeWorkbookFrom, fakeWorkbookFromSnapshot } from './fake-excel';

const modelFrom = fakeWorkbookFromSnapshot;

describe('the fake behaves like Excel', () => {
  it('throws on a property read before load and sync, and shows writes only after sync', async () => {
    const { run, stats } = fakeExcel(fakeWorkbookFrom({ Feuil1: { A1: 'a' } }));
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Feuil1').getRange('A1');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.values = [['b']];
      const check = context.workbook.worksheets.getItem('Feuil1').getRange('A1');
      check.load('values');
      await context.sync();
      expect(check.values).toEqual([['b']]);
    });
    expect(stats.syncs).toBe(1);
  });
});

describe('ExcelHost.read', () => {
  it('gives the snapshot, the used range padded to A1, errors as errors, formulas, names', async () => {
    const model = fakeWorkbookFrom({ Grille: { C3: 'Gravité', C4: 3, D4: '=C4*2', E4: '#REF!' }, Vide: {} });
    model.sheets[0].cells.set('4,5', { value: { error: '#REF!' }, formula: '=#REF!' });
    model.names.set('DUERP_Matrice', "='Catalogues DUERP'!$L$3:$O$6");
    const { run, stats } = fakeExcel(model);
    const host = new ExcelHost(run);
    const s = await host.read();
    expect(s.sheets.map((x) => x.name)).toEqual(['Grille', 'Vide']);
    expect(s.sheets[0].values[2]).toEqual([null, null, 'Gravité', null, null]);
    expect(s.sheets[0].values[3]).toEqual([null, null, 3, null, { error: '#REF!' }]);
    expect(s.sheets[0].formulas[3]).toEqual([null, null, null, '=C4*2', '=#REF!']);
    expect(s.sheets[1].values).toEqual([]);
    expect(s.names).toEqual([{ name: 'DUERP_Matrice', ref: "'Catalogues DUERP'!$L$3:$O$6" }]);
    expect(stats.syncs).toBe(2); // first read learns the sheet list
    await host.read();
    expect(stats.syncs).toBe(3); // then one sync per read
  });
});

describe('ExcelHost.apply', () => {
  const plan: Plan = {
    command: 't',
    edits: [
      { kind: 'sheet', sheet: 'Catalogues DUERP', visibility: 'visible', reason: '' },
      { kind: 'value', sheet: 'Catalogues DUERP', cell: 'A2', before: null, beforeFormula: null, after: 'C', reason: '' },
      { kind: 'value', sheet: 'Grille', cell: 'B2', before: null, beforeFormula: null, after: '2026', reason: 'texte qui ressemble à un nombre' },
      { kind: 'formula', sheet: 'Grille', cell: 'B1', before: null, beforeFormula: '=#REF!', formula: '=IF(A1="","",A1)', result: 'x', reason: '' },
      { kind: 'name', name: 'DUERP_Test', ref: "'Catalogues DUERP'!$A$2:$A$3", before: null, reason: '' },
      { kind: 'validation', sheet: 'Grille', range: 'C2:C20', list: '=DUERP_Test', reason: '' },
      { kind: 'conditionalFormat', sheet: 'Grille', range: 'D2:D20', rules: [{ equals: 'A', fill: '#C00000', font: '#FFFFFF' }], reason: '' },
    ],
  };

  it('reads in one sync after a plan that adds no sheet', async () => {
    const { run, stats } = fakeExcel(fakeWorkbookFrom({ Grille: { A1: 'x' } }));
    const host = new ExcelHost(run);
    await host.read();
    await host.apply({ command: 't', edits: [{ kind: 'value', sheet: 'Grille', cell: 'A2', before: null, beforeFormula: null, after: 'y', reason: '' }] });
    const before = stats.syncs;
    expect((await host.read()).sheets[0].values[1]).toEqual(['y']);
    expect(stats.syncs - before).toBe(1);
  });

  it('writes every kind of edit in one sync', async () => {
    const { run, stats, model } = fakeExcel(fakeWorkbookFrom({ Grille: { A1: 'x' } }));
    await new ExcelHost(run).apply(plan);
    expect(stats.syncs).toBe(1);
    expect(dumpCells(model)).toEqual({ Grille: { A1: 'x', B1: '=IF(A1="","",A1)', B2: '2026' }, 'Catalogues DUERP': { A2: 'C' } });
    expect(model.names.get('DUERP_Test')).toBe("='Catalogues DUERP'!$A$2:$A$3");
    expect(model.sheets[0].validations).toEqual([{ range: 'C2:C20', source: '=DUERP_Test' }]);
    expect(model.sheets[0].conditionalFormats).toEqual([{ range: 'D2:D20', equals: 'A', fill: '#C00000', font: '#FFFFFF' }]);
  });

  it('splits only a plan above the 5 MB request limit', () => {
    const edit = (i: number): Edit => ({ kind: 'value', sheet: 'Grille', cell: `A${i + 1}`, before: null, beforeFormula: null, after: 'x'.repeat(1000), reason: '' });
    expect(splitBySize(Array.from({ length: 100 }, (_, i) => edit(i)))).toHaveLength(1);
    const huge = splitBySize(Array.from({ length: 6000 }, (_, i) => edit(i)));
    expect(huge.length).toBeGreaterThan(1);
    for (const b of huge) expect(JSON.stringify(b).length).toBeLessThan(MAX_REQUEST_BYTES);
  });

  it('says in French when ExcelApi 1.9 is missing', () => {
    expect(new ExcelHost(fakeExcel(fakeWorkbookFrom({})).run, () => false).checkRequirements()).toMatch(/ne prend pas en charge ExcelApi 1\.9/);
    expect(new ExcelHost(fakeExcel(fakeWorkbookFrom({})).run, () => true).checkRequirements()).toBeNull();
  });
});

describe('a command through Excel', () => {
  it.each([10, 5000])('costs at most 2 syncs for %i rows, once the pane knows the sheets', async (rows) => {
    const snapshot = readSnapshot(await buildWorkbook(largeCensus(rows)));
    const { run, stats } = fakeExcel(modelFrom(snapshot));
    const host = new ExcelHost(run);
    await host.read(); // the pane's first look at the workbook
    for (const planner of [planRepair, planRecompute]) {
      const before = stats.syncs;
      const plan = planner(await host.read());
      await host.apply(plan);
      // After a plan that adds a sheet, the next read relearns the list: count the read of this command only.
      expect(stats.syncs - before).toBeLessThanOrEqual(2);
      await host.read();
    }
    // Large writes suspend calculation until the batch is written; small ones need not.
    expect(stats.suspended > 0).toBe(rows > 100);
  }, 60_000);

  it('plans nothing on a second recompute in Excel either (its dropdowns and colours are registered)', async () => {
    const snapshot = readSnapshot(await buildWorkbook(filledCensus()));
    const { run, model } = fakeExcel(modelFrom(snapshot));
    const host = new ExcelHost(run);
    await host.apply(planRepair(await host.read()));
    await host.apply(planRecompute(await host.read()));
    expect(model.sheets[1].validations.length).toBeGreaterThan(0);
    expect(planRecompute(await host.read()).edits).toEqual([]);
    expect(planRepair(await host.read()).edits).toEqual([]);
  });

  it('gives the same cells as the .xlsx host for the same plans', async () => {
    const bytes = await buildWorkbook(filledCensus());
    const snapshot = readSnapshot(bytes);
    const repair = planRepair(snapshot);
    const { run, model } = fakeExcel(modelFrom(snapshot));
    const host = new ExcelHost(run);
    await host.apply(repair);
    const xlsxRepaired = applyPlan(bytes, repair);
    const recompute = planRecompute(readSnapshot(xlsxRepaired));
    await host.apply(recompute);
    const xlsx = readSnapshot(applyPlan(xlsxRepaired, recompute));
    const fromXlsx: Record<string, Record<string, CellValue | string>> = {};
    for (const s of xlsx.sheets) {
      fromXlsx[s.name] = {};
      s.values.forEach((line, r) => line.forEach((v, c) => {
        const f = s.formulas[r]?.[c] ?? null;
        if (f !== null || v !== null) fromXlsx[s.name][`${columnLetter(c + 1)}${r + 1}`] = f ?? v;
      }));
    }
    expect(dumpCells(model)).toEqual(fromXlsx);
  });
});
