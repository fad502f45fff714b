/**
 * The consultation record's custom properties through the Excel host (ExcelApi 1.7,
 * `workbook.properties.custom`), over the fake Excel: read with the first sync, written with
 * `custom.add`, removed with `getItemOrNullObject(key).delete()`; a second recompute plans nothing.
 */
import { ExcelHost } from '../../src/excel/excel-host';
import type { Plan, PropertyEdit } from '../../src/domain/plans/plan';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { setField } from './identification-field';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { csaDocumentUniqueBytes } from '../fixtures/csa';
import { fakeExcel, fakeWorkbookFromSnapshot } from '../excel/fake-excel';

const propertyEdits = (plan: Plan) => plan.edits.filter((e): e is PropertyEdit => e.kind === 'property');

async function repairedModel() {
  const bytes = await csaDocumentUniqueBytes();
  return fakeWorkbookFromSnapshot(readSnapshot(applyPlan(bytes, planRepair(readSnapshot(bytes)))));
}

describe('Excel host: custom document properties', () => {
  it('reads them with the sheet list (no extra sync), writes the record, and a second recompute plans nothing', async () => {
    const model = await repairedModel();
    model.properties = new Map([['Service émetteur', 'SIP']]);
    const excel = fakeExcel(model);
    const host = new ExcelHost(excel.run);
    const first = await host.read();
    expect(first.properties).toEqual({ 'Service émetteur': 'SIP' });
    const syncsOfRead = host.lastStats.syncs;
    const plan = planRecompute(first);
    expect(propertyEdits(plan).map((e) => e.name)).toEqual(['DUERP_Version', 'DUERP_DateTransmission', 'DUERP_DatePresentation', 'DUERP_Avis', 'DUERP_DateSignature', 'DUERP_Instances']);
    await host.apply(plan);
    expect(Object.fromEntries(model.properties)).toEqual({
      'Service émetteur': 'SIP',
      DUERP_Version: 1,
      DUERP_DateTransmission: '15/10/2026',
      DUERP_DatePresentation: '04/11/2026',
      DUERP_Avis: 'Favorable (04/11/2026)',
      DUERP_DateSignature: '09/11/2026',
      DUERP_Instances: 'CSA / F-SSCT',
    });
    const second = await host.read();
    expect(host.lastStats.syncs).toBeLessThanOrEqual(syncsOfRead);
    expect(second.properties?.DUERP_Version).toBe('1');
    expect(propertyEdits(planRecompute(second))).toEqual([]);
  });

  it('an emptied field removes its property; the version goes up', async () => {
    const model = await repairedModel();
    const excel = fakeExcel(model);
    const host = new ExcelHost(excel.run);
    await host.apply(planRecompute(await host.read()));
    const snap = await host.read();
    setField(snap, 'avis', null);
    await host.apply({ command: 'recompute', edits: propertyEdits(planRecompute(snap)) });
    expect(model.properties!.has('DUERP_Avis')).toBe(false);
    expect(model.properties!.get('DUERP_Version')).toBe(2);
  });

  it('without ExcelApi 1.7, nothing is read nor planned', async () => {
    const model = await repairedModel();
    const host = new ExcelHost(fakeExcel(model).run, (_set, version) => version !== '1.7');
    const snap = await host.read();
    expect(snap.properties).toBeUndefined();
    expect(propertyEdits(planRecompute(snap))).toEqual([]);
  });
});
