/**
 * The Excel host through Microsoft's own runtime (excel-web-16.00.js in jsdom, host channel
 * recorded): what it really sends for the repair and recompute of large censuses.
 */
import { ExcelHost } from '../../src/excel/excel-host';
import { applyPlanToSnapshot } from '../../src/domain/plans/apply-to-snapshot';
import type { Plan } from '../../src/domain/plans/plan';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { layoutToSnapshot } from '../../src/domain/templates';
import { filledCensus, largeCensus } from '../fixtures/generate';
import { EXCEL_REQUEST_LIMIT, fakeWorkbookFromSnapshot, fakeWorkbookFrom } from './fake-excel';
import { officeRuntime, requestFigures, sentCells } from './office-runtime';

describe('the real Office.js runtime in jsdom', () => {
  it('batches a sync into one request and hands it to the host channel', async () => {
    const { run, requests } = officeRuntime(fakeWorkbookFrom({ Feuil1: { A1: 'a' } }));
    const r = await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Feuil1').getRange('A1:B1');
      range.formulas = [['=1+1', null as unknown as string]];
      range.load('values');
      await context.sync();
      return range.values;
    });
    expect(r).toEqual([['a', '']]); // answered from the fake workbook
    expect(requests).toHaveLength(1);
    expect(requests[0].body).toContain('"Formulas"');
    expect(sentCells(requests).get('Feuil1!A1')).toEqual({ formula: '=1+1' });
    expect(sentCells(requests).has('Feuil1!B1')).toBe(false); // null sent, nothing written
  });

  it('turns an error answer into an OfficeExtension.Error with its code', async () => {
    const { run } = officeRuntime(fakeWorkbookFrom({ Feuil1: {} }), { failRequest: () => ({ code: 'AccessDenied', message: 'protégée' }) });
    await expect(run(async (context) => {
      context.workbook.worksheets.getItem('Feuil1').getRange('A1').values = [['x']];
      await context.sync();
    })).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

describe('the Excel host through the real runtime', () => {
  it('sends the text format before the text, in the same block', async () => {
    const { run, requests } = officeRuntime(fakeWorkbookFrom({ Grille: { A1: 'x' } }));
    const host = new ExcelHost(run);
    await host.read();
    const n = requests.length;
    const edit = (cell: string, after: string) => ({ kind: 'value' as const, sheet: 'Grille', cell, before: null, beforeFormula: null, after, reason: '' });
    await host.apply({ command: 't', edits: [edit('B2', '2026'), edit('B3', 'Bonjour'), edit('B4', '=pas une formule')] });
    const sent = requests.slice(n);
    const cells = sentCells(sent);
    expect(cells.get('Grille!B2')).toEqual({ numberFormat: '@', formula: '2026' });
    expect(cells.get('Grille!B3')).toEqual({ formula: 'Bonjour' });
    expect(cells.get('Grille!B4')).toEqual({ numberFormat: '@', formula: '=pas une formule' });
    const names = sent[sent.length - 1].actions.filter((a) => a.ActionType === 4).map((a) => a.Name);
    expect(names).toEqual(['NumberFormat', 'Formulas']); // one block: B2:B4
  });

  it('reads again after a sheet was renamed or deleted (Excel answers ItemNotFound for the old name)', async () => {
    const model = fakeWorkbookFrom({ A: { A1: 'a' }, B: { A1: 'b' } });
    const { run } = officeRuntime(model);
    const host = new ExcelHost(run);
    await host.read();
    model.sheets[0].name = 'A renommée';
    let s = await host.read();
    expect(s.sheets.map((x) => [x.name, x.values[0][0]])).toEqual([['A renommée', 'a'], ['B', 'b']]);
    model.sheets.splice(1, 1);
    s = await host.read();
    expect(s.sheets.map((x) => x.name)).toEqual(['A renommée']);
  });

  it('says in French when a selected sheet is gone', async () => {
    const { run } = officeRuntime(fakeWorkbookFrom({ A: { A1: 'a' } }));
    await expect(new ExcelHost(run).select('Disparue', 'C3')).rejects.toThrow("La feuille « Disparue » n'existe plus dans le classeur : relisez le classeur pour aller à la cellule C3.");
  });

  it('writes the registry of dropdowns and colours last, after every dropdown and colour', async () => {
    const snapshot = layoutToSnapshot(filledCensus());
    const repaired = applyPlanToSnapshot(snapshot, planRepair(snapshot));
    const plan = planRecompute(repaired);
    const { run, requests } = officeRuntime(fakeWorkbookFromSnapshot(repaired));
    const host = new ExcelHost(run, () => true, { maxRequestBytes: 4_000 });
    await host.read();
    const n = requests.length;
    await host.apply(plan);
    const sent = requests.slice(n);
    expect(sent.length).toBeGreaterThan(3);
    // Positions over all requests, in sending order.
    const order: string[] = [];
    for (const r of sent) {
      const single = sentCells([r]);
      const registry = [...single.keys()].some((k) => /^Catalogues DUERP!R\d+$/.test(k));
      for (const a of r.actions) {
        const path = r.objectPaths[a.ObjectPathId];
        if (a.ActionType === 4 && a.Name === 'Rule') order.push(path?.Name === 'CellValue' ? 'colour' : 'dropdown');
        if (a.ActionType === 4 && a.Name === 'Formulas' && registry) order.push('cells+registry');
      }
    }
    const lastFormat = Math.max(order.lastIndexOf('colour'), order.lastIndexOf('dropdown'));
    expect(order.indexOf('colour')).toBeGreaterThan(-1);
    expect(order.indexOf('cells+registry')).toBeGreaterThan(lastFormat);
  });
});

async function plansFor(rows: number): Promise<{ snapshot: ReturnType<typeof layoutToSnapshot>; repair: Plan; recompute: Plan }> {
  const snapshot = layoutToSnapshot(largeCensus(rows));
  const repair = planRepair(snapshot);
  const recompute = planRecompute(applyPlanToSnapshot(snapshot, repair));
  return { snapshot, repair, recompute };
}

describe.each([5000, 50000])('a %i-row census through the real runtime', (rows) => {
  let plans: Awaited<ReturnType<typeof plansFor>>;
  beforeAll(async () => {
    plans = await plansFor(rows);
  }, 120_000);

  it.each(['repair', 'recompute'] as const)('%s: few actions per thousand rows, every request under 5 MB, every planned cell sent', async (command) => {
    const plan = plans[command];
    const before = command === 'repair' ? plans.snapshot : applyPlanToSnapshot(plans.snapshot, plans.repair);
    const { run, requests } = officeRuntime(fakeWorkbookFromSnapshot(before));
    const host = new ExcelHost(run);
    await host.apply(plan);
    const sent = requests;
    const figures = requestFigures(sent);
    // Every request under 5 MB, as the runtime really built it, and under the host's estimate.
    for (const r of sent) expect(r.messageBytes).toBeLessThan(EXCEL_REQUEST_LIMIT);
    expect(figures.largest).toBeLessThan(4_000_000);
    sent.slice(1).forEach((r, i) => expect(r.messageBytes).toBeLessThanOrEqual(host.lastStats.estimatedBytes[i]));
    expect(host.lastStats.syncs).toBe(sent.length);
    // A few dozen actions per thousand rows at most.
    expect((figures.actions / rows) * 1000).toBeLessThan(36);
    // Every planned cell is in what was sent, with its formula or value.
    const cells = sentCells(sent);
    for (const e of plan.edits) {
      if (e.kind === 'formula') expect(cells.get(`${e.sheet}!${e.cell}`)?.formula).toBe(e.formula);
      if (e.kind === 'value') {
        const expected = e.after === null ? '' : typeof e.after === 'object' ? e.after.error : e.after;
        expect(cells.get(`${e.sheet}!${e.cell}`)?.formula).toBe(expected);
      }
    }
    const cellEdits = plan.edits.filter((e) => e.kind === 'formula' || e.kind === 'value').length;
    expect(cellEdits).toBeGreaterThan(command === 'recompute' ? rows * 0.9 : 0);
  }, 120_000);

  it('reads the whole census by blocks, every answer within budget', async () => {
    const { run, requests } = officeRuntime(fakeWorkbookFromSnapshot(plans.snapshot));
    const host = new ExcelHost(run);
    const read = await host.read();
    const grid = read.sheets.find((s) => s.name === plans.snapshot.sheets[1].name)!;
    const expected = plans.snapshot.sheets[1];
    expect(grid.values.length).toBe(expected.values.length);
    expect(grid.values[expected.values.length - 1].slice(0, 12)).toEqual(expected.values[expected.values.length - 1].slice(0, 12).map((v) => v ?? null));
    expect(requests.length).toBe(host.lastStats.syncs);
    for (const r of requests) expect(r.responseBytes).toBeLessThan(EXCEL_REQUEST_LIMIT);
    if (rows >= 50000) expect(host.lastStats.syncs).toBeGreaterThan(2);
  }, 120_000);
});
