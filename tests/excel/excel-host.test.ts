import { ExcelHost } from '../../src/excel/excel-host';
import { ExcelHostError, frenchOfficeError } from '../../src/excel/office-errors';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import type { Edit, Plan } from '../../src/domain/plans/plan';
import { columnLetter } from '../../src/domain/workbook/address';
import type { CellValue } from '../../src/domain/workbook/snapshot';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { layoutToSnapshot } from '../../src/domain/templates';
import { filledCensus, largeCensus } from '../fixtures/generate';
import { dumpCells, fakeExcel, fakeWorkbookFrom, fakeWorkbookFromSnapshot, formatOf } from './fake-excel';

const modelFrom = fakeWorkbookFromSnapshot;
const value = (sheet: string, cell: string, after: CellValue): Edit => ({ kind: 'value', sheet, cell, before: null, beforeFormula: null, after, reason: '' });

async function rejection(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error('expected a rejection');
}

describe('the fake is as strict as Excel', () => {
  it('throws PropertyNotLoaded on a property read before load and sync, and shows writes only after sync', async () => {
    const { run, stats } = fakeExcel(fakeWorkbookFrom({ Feuil1: { A1: 'a' } }));
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Feuil1').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.values = [['b']];
      const check = context.workbook.worksheets.getItem('Feuil1').getRange('A1');
      check.load('values');
      await context.sync();
      expect(check.values).toEqual([['b']]);
    });
    expect(stats.syncs).toBe(1);
  });

  it('leaves a cell alone for null, clears it for an empty string, refuses a shape mismatch', async () => {
    const { run, model } = fakeExcel(fakeWorkbookFrom({ F: { A1: 'garde', B1: 'efface', C1: 'x' } }));
    await run(async (context) => {
      context.workbook.worksheets.getItem('F').getRange('A1:C1').formulas = [[null, '', 'y']] as unknown as string[][];
      await context.sync();
    });
    expect(dumpCells(model).F).toEqual({ A1: 'garde', C1: 'y' });
    const e = await rejection(run(async (context) => {
      context.workbook.worksheets.getItem('F').getRange('A1:B2').values = [['a', 'b']];
      await context.sync();
    }));
    expect(e.code).toBe('InvalidArgument');
  });

  it('converts written text as Excel does, unless the cell is formatted as text', async () => {
    const { run, model } = fakeExcel(fakeWorkbookFrom({ F: {} }));
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem('F');
      ws.getRange('A1:F1').values = [['2026', '=1+1', '+33 1', 'vrai', '01/02/2026', 'texte']];
      ws.getRange('A2:B2').numberFormat = [['@', '@']];
      ws.getRange('A2:B2').values = [['2026', '=1+1']];
      await context.sync();
    });
    expect(dumpCells(model).F).toEqual({ A1: 2026, B1: '=1+1', C1: '=+33 1', D1: true, E1: 46054, F1: 'texte', A2: '2026', B2: '=1+1' });
    expect(formatOf(model, 'F', 'A2')).toBe('@');
    expect(model.sheets[0].cells.get('2,2')).toMatchObject({ value: '=1+1', formula: null });
  });

  it('matches sheets and names without case, refuses to add them twice, refuses writes on a protected sheet', async () => {
    const model = fakeWorkbookFrom({ Grille: {} });
    model.names.set('DUERP_X', '=Grille!$A$1');
    const { run } = fakeExcel(model);
    const add = (f: (c: Excel.RequestContext) => void) => rejection(run(async (c) => { f(c); await c.sync(); }));
    expect((await add((c) => c.workbook.worksheets.add('GRILLE'))).code).toBe('ItemAlreadyExists');
    expect((await add((c) => c.workbook.names.add('duerp_x', '=Grille!$B$1'))).code).toBe('ItemAlreadyExists');
    model.sheets[0].protected = true;
    expect((await add((c) => { c.workbook.worksheets.getItem('grille').getRange('A1').values = [['x']]; })).code).toBe('AccessDenied');
  });

  it('refuses a request over 5 MB', async () => {
    const { run } = fakeExcel(fakeWorkbookFrom({ F: {} }));
    const e = await rejection(run(async (context) => {
      context.workbook.worksheets.getItem('F').getRange('A1:A6000').values = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
      await context.sync();
    }));
    expect(e.code).toBe('RequestPayloadSizeLimitExceeded');
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
    expect(stats.syncs).toBe(3); // the list, each sheet's used range, the cells
    await host.read();
    expect(stats.syncs).toBe(4); // a small workbook already seen: one sync
  });

  it('reads by blocks again when the sheets grew past one answer since the last read', async () => {
    const model = fakeWorkbookFrom({ F: { A1: 'a' } });
    const { run, stats } = fakeExcel(model);
    stats.responseLimit = 60_000;
    const host = new ExcelHost(run, () => true, { maxResponseBytes: 40_000 });
    await host.read();
    for (let r = 2; r <= 3000; r++) model.sheets[0].cells.set(`${r},1`, { value: `ligne ${r}`, formula: null });
    const s = await host.read();
    expect(s.sheets[0].values.length).toBe(3000);
    expect(s.sheets[0].values[2999]).toEqual(['ligne 3000']);
  });

  it('reads merged areas where ExcelApi 1.13 is supported, and goes without elsewhere', async () => {
    const model = fakeWorkbookFrom({ F: { A1: 'titre', B5: 'x' } });
    model.sheets[0].merges = ['A1:D1', 'B3:C3'];
    const with113 = await new ExcelHost(fakeExcel(model).run, () => true).read();
    expect(with113.sheets[0].merges).toEqual(['A1:D1', 'B3:C3']);
    const without = await new ExcelHost(fakeExcel(model).run, (_set, version) => version !== '1.13').read();
    expect(without.sheets[0].merges).toEqual([]);
  });

  it('reads a large sheet by row blocks, each answer within the budget', async () => {
    const snapshot = layoutToSnapshot(largeCensus(3000));
    const { run, stats } = fakeExcel(modelFrom(snapshot));
    const host = new ExcelHost(run, () => true, { maxResponseBytes: 200_000 });
    const s = await host.read();
    expect(stats.syncs).toBeGreaterThan(5);
    const grid = s.sheets.find((x) => x.name === snapshot.sheets[1].name)!;
    expect(grid.values.length).toBe(snapshot.sheets[1].values.length);
    expect(grid.values[grid.values.length - 1]).toEqual(snapshot.sheets[1].values[snapshot.sheets[1].values.length - 1]);
  });
});

describe('ExcelHost.apply', () => {
  const plan: Plan = {
    command: 't',
    edits: [
      { kind: 'sheet', sheet: 'Catalogues DUERP', visibility: 'visible', reason: '' },
      value('Catalogues DUERP', 'A2', 'C'),
      value('Grille', 'B2', '2026'),
      { kind: 'formula', sheet: 'Grille', cell: 'B1', before: null, beforeFormula: '=#REF!', formula: '=IF(A1="","",A1)', result: 'x', reason: '' },
      { kind: 'name', name: 'DUERP_Test', ref: "'Catalogues DUERP'!$A$2:$A$3", before: null, reason: '' },
      { kind: 'validation', sheet: 'Grille', range: 'C2:C20', list: '=DUERP_Test', reason: '' },
      { kind: 'conditionalFormat', sheet: 'Grille', range: 'D2:D20', rules: [{ equals: 'A', fill: '#C00000', font: '#FFFFFF' }], reason: '' },
    ],
  };

  it('writes every kind of edit: one sync to check, one to write', async () => {
    const { run, stats, model } = fakeExcel(fakeWorkbookFrom({ Grille: { A1: 'x' } }));
    await new ExcelHost(run).apply(plan);
    expect(stats.syncs).toBe(2);
    expect(dumpCells(model)).toEqual({ Grille: { A1: 'x', B1: '=IF(A1="","",A1)', B2: '2026' }, 'Catalogues DUERP': { A2: 'C' } });
    expect(model.names.get('DUERP_Test')).toBe("='Catalogues DUERP'!$A$2:$A$3");
    expect(model.sheets[0].validations).toEqual([{ range: 'C2:C20', source: '=DUERP_Test' }]);
    expect(model.sheets[0].conditionalFormats).toEqual([{ range: 'D2:D20', equals: 'A', fill: '#C00000', font: '#FFFFFF' }]);
  });

  it('keeps text as text: what Excel would turn into a number, date, boolean or formula gets the text format', async () => {
    const texts = ['2026', '=1+1', '+33 3 20 00 00 00', '-', '@accueil', 'VRAI', '01/02/2026', '12 %', "'quote", 'Bonjour'];
    const { run, model } = fakeExcel(fakeWorkbookFrom({ Grille: { A1: 'x' } }));
    await new ExcelHost(run).apply({ command: 't', edits: texts.map((t, i) => value('Grille', `A${i + 2}`, t)) });
    const cells = dumpCells(model).Grille;
    texts.forEach((t, i) => expect(cells[`A${i + 2}`]).toBe(t));
    expect(formatOf(model, 'Grille', 'A2')).toBe('@');
    expect(formatOf(model, 'Grille', 'A11')).toBe('General'); // plain text keeps its format
  });

  it('gives a cell linked to a date the dd/mm/yyyy format', async () => {
    const model = fakeWorkbookFrom({ 'Informations générales': { C11: 46310, C12: 12 }, Grille: { A1: 'x' } });
    model.sheets[0].cells.get('11,3')!.numberFormat = 'd/m/yyyy';
    const { run } = fakeExcel(model);
    const host = new ExcelHost(run);
    await host.read();
    const link = (cell: string, source: string, result: number): Edit => {
      const ref = `'Informations générales'!$${source[0]}$${source.slice(1)}`;
      return { kind: 'formula', sheet: 'Grille', cell, before: null, beforeFormula: null, formula: `=IF(${ref}="","",${ref})`, result, reason: '' };
    };
    await host.apply({ command: 't', edits: [link('B1', 'C11', 46310), link('B2', 'C12', 12)] });
    expect(formatOf(model, 'Grille', 'B1')).toBe('dd/mm/yyyy');
    expect(formatOf(model, 'Grille', 'B2')).toBe('General');
  });

  it('writes nothing on a protected sheet, and says so in one French sentence', async () => {
    const model = fakeWorkbookFrom({ Grille: { A1: 'x' } });
    model.sheets[0].protected = true;
    const { run } = fakeExcel(model);
    const e = await rejection(new ExcelHost(run).apply(plan));
    expect(e).toBeInstanceOf(ExcelHostError);
    expect(e.message).toMatch(/^La feuille « Grille » est protégée : rien n'a été modifié/);
    expect(frenchOfficeError(e)).toBe(e.message);
    expect(model.sheets.map((s) => s.name)).toEqual(['Grille']);
    expect(model.names.size).toBe(0);
    expect(dumpCells(model)).toEqual({ Grille: { A1: 'x' } });
  });

  it('adds no sheet to a workbook whose structure is protected, and writes nothing', async () => {
    const model = fakeWorkbookFrom({ Grille: { A1: 'x' } });
    model.protected = true;
    const e = await rejection(new ExcelHost(fakeExcel(model).run).apply(plan));
    expect(e.message).toMatch(/^La structure du classeur est protégée : la feuille « Catalogues DUERP » ne peut pas être ajoutée et rien n'a été modifié/);
    expect(dumpCells(model)).toEqual({ Grille: { A1: 'x' } });
  });

  it('never adds the catalogue sheet or a name twice, even from a plan computed before another was applied', async () => {
    const snapshot = readSnapshot(await buildWorkbook(filledCensus()));
    const { run, model } = fakeExcel(modelFrom(snapshot));
    const host = new ExcelHost(run);
    const read = await host.read();
    const first = planRecompute(read);
    const stale = planRecompute(read);
    expect(first.edits.some((e) => e.kind === 'sheet')).toBe(true);
    await host.apply(first);
    await host.apply(stale);
    expect(model.sheets.filter((s) => s.name.toLowerCase() === 'catalogues duerp')).toHaveLength(1);
    // A catalogue sheet spelt another way is the same sheet for Excel.
    model.sheets.find((s) => s.name === 'Catalogues DUERP')!.name = 'catalogues duerp';
    await host.apply(stale);
    expect(model.sheets.map((s) => s.name.toLowerCase()).filter((n) => n === 'catalogues duerp')).toHaveLength(1);
  });

  it('leaves a workbook that the next recompute completes when a write request fails', async () => {
    const snapshot = layoutToSnapshot(filledCensus());
    const { run, model, stats } = fakeExcel(modelFrom(snapshot));
    const host = new ExcelHost(run, () => true, { maxRequestBytes: 4_000 });
    await host.apply(planRepair(await host.read()));
    const plan = planRecompute(await host.read());
    expect(plan.edits.some((e) => e.kind === 'validation')).toBe(true);
    // Count the requests this apply sends, then make its last one fail.
    const probe = fakeExcel(modelFrom(snapshot));
    const probeHost = new ExcelHost(probe.run, () => true, { maxRequestBytes: 4_000 });
    await probeHost.apply(planRepair(await probeHost.read()));
    await probeHost.apply(planRecompute(await probeHost.read()));
    const applySyncs = probeHost.lastStats.syncs;
    expect(applySyncs).toBeGreaterThan(3);
    stats.failSync = stats.syncs + applySyncs;
    await expect(host.apply(plan)).rejects.toMatchObject({ code: 'GeneralException' });
    // The registry (column R of the catalogue sheet) went last: it is not there, so the next
    // recompute plans the dropdowns and colours again, and after it nothing is due.
    const catalogue = model.sheets.find((s) => s.name === 'Catalogues DUERP')!;
    expect([...catalogue.cells.keys()].some((k) => k.endsWith(',18'))).toBe(false);
    const again = planRecompute(await host.read());
    expect(again.edits.some((e) => e.kind === 'validation')).toBe(true);
    await host.apply(again);
    expect(planRecompute(await host.read()).edits).toEqual([]);
    expect(model.sheets[1].conditionalFormats.length).toBe(4); // one set of colours, not two
  });

  it('keeps one set of colours per table however it grows', async () => {
    const { run, model } = fakeExcel(fakeWorkbookFrom({ Grille: { A1: 'x' } }));
    const host = new ExcelHost(run);
    const rules = [{ equals: 'A', fill: '#C00000', font: '#FFFFFF' }, { equals: 'B', fill: '#FFC000', font: '#000000' }];
    await host.apply({ command: 't', edits: [{ kind: 'conditionalFormat', sheet: 'Grille', range: 'D2:D20', rules, reason: '' }] });
    await host.apply({ command: 't', edits: [{ kind: 'conditionalFormat', sheet: 'Grille', range: 'D2:D600', rules, reason: '' }] });
    expect(model.sheets[0].conditionalFormats.map((c) => [c.range, c.equals])).toEqual([['D2:D600', 'A'], ['D2:D600', 'B']]);
  });

  it('says in French when ExcelApi 1.9 is missing', () => {
    expect(new ExcelHost(fakeExcel(fakeWorkbookFrom({})).run, () => false).checkRequirements()).toMatch(/ne prend pas en charge ExcelApi 1\.9/);
    expect(new ExcelHost(fakeExcel(fakeWorkbookFrom({})).run, () => true).checkRequirements()).toBeNull();
  });
});

describe('ExcelHost.select', () => {
  it('selects a cell, and says in French when the sheet is gone', async () => {
    const { run } = fakeExcel(fakeWorkbookFrom({ Grille: { A1: 'x' } }));
    const host = new ExcelHost(run);
    await expect(host.select('Grille', 'B4')).resolves.toBeUndefined();
    const e = await rejection(host.select('Supprimée', 'B4'));
    expect(e.message).toBe("La feuille « Supprimée » n'existe plus dans le classeur : relisez le classeur pour aller à la cellule B4.");
  });
});

describe('frenchOfficeError', () => {
  const codes = ['ItemNotFound', 'AccessDenied', 'InvalidArgument', 'RequestPayloadSizeLimitExceeded', 'PayloadTooLarge', 'GeneralException', 'ItemAlreadyExists'];
  it.each(codes)('gives one actionable French sentence for %s', (code) => {
    const text = frenchOfficeError({ code, message: 'english' });
    expect(text).not.toMatch(/english/);
    expect(text).toMatch(/ : .*(recommencez|appliquez|relisez)/);
    expect(text.trim().endsWith('.')).toBe(true);
  });
  it('tells the codes apart, and has a sentence for the unknown', () => {
    const texts = new Set(codes.filter((c) => c !== 'PayloadTooLarge').map((code) => frenchOfficeError({ code })));
    expect(texts.size).toBe(codes.length - 1);
    expect(frenchOfficeError(new Error('boom'))).toMatch(/n'a pas abouti/);
    expect(frenchOfficeError({ code: 'Bizarre' })).toMatch(/code Bizarre/);
  });
});

describe('a command through Excel', () => {
  it.each([10, 5000])('costs a few syncs for %i rows, once the pane knows the sheets', async (rows) => {
    const snapshot = readSnapshot(await buildWorkbook(largeCensus(rows)));
    const { run, stats } = fakeExcel(modelFrom(snapshot));
    const host = new ExcelHost(run);
    await host.read(); // the pane's first look at the workbook
    for (const planner of [planRepair, planRecompute]) {
      const before = stats.syncs;
      const plan = planner(await host.read());
      await host.apply(plan);
      // Read (one sync when small; else the list, then the cells by answers of at most 3 MB) + check + write.
      expect(stats.syncs - before).toBeLessThanOrEqual(rows > 100 ? 5 : 3);
      await host.read();
    }
    // Large writes suspend calculation until the request is written; small ones need not.
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
