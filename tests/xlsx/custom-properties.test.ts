/**
 * The DU's consultation record in the workbook's custom document properties (Fichier >
 * Informations): planned by recompute from the record's fields, written into docProps/custom.xml
 * (created with its content type and package relationship, or patched in place), read back so
 * that a second recompute plans nothing, and seen by LibreOffice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync, strFromU8 } from 'fflate';
import { planConsultationRecord } from '../../src/domain/plans/consultation-record';
import type { Plan, PropertyEdit } from '../../src/domain/plans/plan';
import { describeChanges } from '../../src/domain/plans/plan';
import { planRecompute } from '../../src/domain/plans/recompute';
import { planRepair } from '../../src/domain/plans/repair';
import { summarisePlan, summaryLines } from '../../src/domain/plans/summary';
import { applyPlanToSnapshot } from '../../src/domain/plans/apply-to-snapshot';
import { setField } from './identification-field';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { buildWorkbook } from '../../src/xlsx/build-workbook';
import { applyPropertyEdits, readCustomProperties } from '../../src/xlsx/custom-properties';
import { unzipPackage, zipPackage } from '../../src/xlsx/package';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { encodeUtf8 } from '../../src/xlsx/xml';
import { csaDocumentUnique, csaDocumentUniqueBytes } from '../fixtures/csa';
import { fill } from '../fixtures/transforms';
import { convert, sofficePath } from '../helpers/libreoffice';

const RECORD = {
  DUERP_Version: '1',
  DUERP_DateTransmission: '15/10/2026',
  DUERP_DatePresentation: '04/11/2026',
  DUERP_Avis: 'Favorable (04/11/2026)',
  DUERP_DateSignature: '09/11/2026',
  DUERP_Instances: 'CSA / F-SSCT',
};

const propertyEdits = (plan: Plan) => plan.edits.filter((e): e is PropertyEdit => e.kind === 'property');
const entries = (bytes: Uint8Array) => unzipSync(bytes);

async function recomputed(bytes: Uint8Array): Promise<Uint8Array> {
  const repaired = applyPlan(bytes, planRepair(readSnapshot(bytes)));
  return applyPlan(repaired, planRecompute(readSnapshot(repaired)));
}

describe('the consultation record as custom properties', () => {
  let first: Uint8Array;
  beforeAll(async () => {
    first = await recomputed(await csaDocumentUniqueBytes());
  });

  it('recompute writes the record, the bodies and version 1', () => {
    expect(readSnapshot(first).properties).toEqual(RECORD);
  });

  it('adds docProps/custom.xml with its content type and its package relationship', () => {
    const files = entries(first);
    expect(strFromU8(files['[Content_Types].xml'])).toContain('<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
    expect(strFromU8(files['_rels/.rels'])).toMatch(/<Relationship Id="rId\d+" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/custom-properties" Target="docProps\/custom.xml"\/>/);
    const xml = strFromU8(files['docProps/custom.xml']);
    expect(xml).toContain('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="DUERP_Version"><vt:i4>1</vt:i4></property>');
    expect(xml).toContain('name="DUERP_Instances"><vt:lpwstr>CSA / F-SSCT</vt:lpwstr>');
    // pids are distinct, from 2 on
    expect([...xml.matchAll(/pid="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('the plan summary (the command line’s text) says which properties are written', async () => {
    const bytes = await csaDocumentUniqueBytes();
    const repaired = readSnapshot(applyPlan(bytes, planRepair(readSnapshot(bytes))));
    const lines = summaryLines(summarisePlan(planRecompute(repaired), repaired));
    expect(lines[0]).toContain('les propriétés du document');
    expect(lines).toContain('Propriétés du document (Fichier > Informations), registre de consultation : DUERP_Version = 1 ; DUERP_DateTransmission = 15/10/2026 ; DUERP_DatePresentation = 04/11/2026 ; DUERP_Avis = Favorable (04/11/2026) ; DUERP_DateSignature = 09/11/2026 ; DUERP_Instances = CSA / F-SSCT.');
  });

  it('a second recompute plans nothing for the properties, and the package keeps them', () => {
    const again = planRecompute(readSnapshot(first));
    expect(propertyEdits(again)).toEqual([]);
    expect(readSnapshot(applyPlan(first, again)).properties).toEqual(RECORD);
  });

  it('a changed opinion updates that property in place and the version, nothing else', () => {
    const snap = readSnapshot(first);
    setField(snap, 'avis', 'Réservé');
    const edits = planConsultationRecord(snap);
    expect(edits.map((e) => [e.name, e.value, e.before])).toEqual([
      ['DUERP_Version', 2, '1'],
      ['DUERP_Avis', 'Réservé (04/11/2026)', 'Favorable (04/11/2026)'],
    ]);
    const before = strFromU8(entries(first)['docProps/custom.xml']);
    const after = strFromU8(entries(applyPlan(first, { command: 'recompute', edits }))['docProps/custom.xml']);
    expect(after).toBe(
      before
        .replace('name="DUERP_Version"><vt:i4>1</vt:i4>', 'name="DUERP_Version"><vt:i4>2</vt:i4>')
        .replace('Favorable (04/11/2026)</vt:lpwstr>', 'Réservé (04/11/2026)</vt:lpwstr>'),
    );
    expect(describeChanges({ command: 'recompute', edits })).toContainEqual(expect.objectContaining({ sheet: '', cell: '', kind: 'property', before: '1', after: 'DUERP_Version = 2' }));
  });

  it('an emptied record field removes its property', () => {
    const snap = readSnapshot(first);
    setField(snap, 'dateSignature', null);
    const edits = planConsultationRecord(snap);
    expect(edits.map((e) => [e.name, e.value])).toEqual([['DUERP_Version', 2], ['DUERP_DateSignature', null]]);
    const props = readSnapshot(applyPlan(first, { command: 'recompute', edits })).properties!;
    expect(props.DUERP_DateSignature).toBeUndefined();
    expect(props.DUERP_Version).toBe('2');
    // In memory too (the pane's preview).
    expect(applyPlanToSnapshot(snap, { command: 'recompute', edits }).properties).toEqual({ ...RECORD, DUERP_Version: '2', DUERP_DateSignature: undefined } as unknown as Record<string, string>);
  });

  it('only the property parts change: every other part keeps its bytes', () => {
    const snap = readSnapshot(first);
    setField(snap, 'avis', 'Défavorable');
    const out = applyPlan(first, { command: 'recompute', edits: planConsultationRecord(snap) });
    const a = entries(first);
    const b = entries(out);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) if (name !== 'docProps/custom.xml') expect({ name, same: Buffer.compare(a[name], b[name]) === 0 }).toEqual({ name, same: true });
  });
});

describe('custom properties written by others', () => {
  const foreign =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Service émetteur"><vt:lpwstr>SIP &amp; CDIF</vt:lpwstr></property>' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="duerp_version"><vt:i4>7</vt:i4></property>' +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="6" name="Relu"><vt:bool>true</vt:bool></property></Properties>';

  async function withForeign(): Promise<Uint8Array> {
    const parts = unzipPackage(await csaDocumentUniqueBytes());
    parts.set('docProps/custom.xml', encodeUtf8(foreign));
    const rels = new TextDecoder().decode(parts.get('_rels/.rels'));
    parts.set('_rels/.rels', encodeUtf8(rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="/docProps/custom.xml"/></Relationships>')));
    const types = new TextDecoder().decode(parts.get('[Content_Types].xml'));
    parts.set('[Content_Types].xml', encodeUtf8(types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')));
    return zipPackage(parts);
  }

  it('are read as text, whatever their type', async () => {
    expect(readSnapshot(await withForeign()).properties).toEqual({ 'Service émetteur': 'SIP & CDIF', duerp_version: '7', Relu: 'true' });
  });

  it('are kept as they were; ours are added after them, the version continuing from theirs', async () => {
    const bytes = await withForeign();
    const out = await recomputed(bytes);
    const xml = strFromU8(entries(out)['docProps/custom.xml']);
    expect(xml).toContain('pid="2" name="Service émetteur"><vt:lpwstr>SIP &amp; CDIF</vt:lpwstr></property>');
    expect(xml).toContain('pid="5" name="duerp_version"><vt:i4>8</vt:i4></property>'); // same key, case aside: updated where it stands
    expect(xml).toContain('pid="6" name="Relu"><vt:bool>true</vt:bool></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="7" name="DUERP_DateTransmission">');
    // No second relationship nor content type for the part.
    expect(strFromU8(entries(out)['_rels/.rels']).match(/custom-properties"/g)).toHaveLength(1);
    expect(strFromU8(entries(out)['[Content_Types].xml']).match(/docProps\/custom\.xml/g)).toHaveLength(1);
  });
});

describe('a package that lies about its custom properties', () => {
  it('a relationship to a missing part: the part is written where it points, with its content type, once', async () => {
    const parts = unzipPackage(await csaDocumentUniqueBytes());
    const rels = new TextDecoder().decode(parts.get('_rels/.rels'));
    parts.set('_rels/.rels', encodeUtf8(rels.replace('</Relationships>', '<Relationship Id="rId42" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/perso.xml"/></Relationships>')));
    applyPropertyEdits(parts, [{ kind: 'property', name: 'DUERP_Version', value: 1, before: null, reason: '' }]);
    expect(parts.has('docProps/custom.xml')).toBe(false);
    expect(readCustomProperties(parts)).toEqual({ DUERP_Version: '1' });
    const types = new TextDecoder().decode(parts.get('[Content_Types].xml'));
    expect(types.match(/PartName="\/docProps\/perso\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.custom-properties\+xml"/g)).toHaveLength(1);
    expect(new TextDecoder().decode(parts.get('_rels/.rels')).match(/custom-properties"/g)).toHaveLength(1);
  });
});

describe('what is not a DU with a record', () => {
  it('a DU with nothing of its record filled in gets no property', async () => {
    const blank = readSnapshot(await buildWorkbook(fill(csaDocumentUnique(), 'Identification', { C29: null, C30: null, C31: null, C32: null, C33: null })));
    expect(blank.properties).toEqual({});
    expect(planConsultationRecord(blank)).toEqual([]);
  });

  it('a host that does not read properties gets none planned (a plan that would never settle)', async () => {
    const snap = readSnapshot(await csaDocumentUniqueBytes());
    delete snap.properties;
    expect(planConsultationRecord(snap)).toEqual([]);
  });

  it('removing a property from a package without custom properties writes nothing', async () => {
    const parts = unzipPackage(await csaDocumentUniqueBytes());
    applyPropertyEdits(parts, [{ kind: 'property', name: 'DUERP_Avis', value: null, before: null, reason: '' }]);
    expect(parts.has('docProps/custom.xml')).toBe(false);
    expect(readCustomProperties(parts)).toEqual({});
  });
});

(sofficePath() ? describe : describe.skip)('LibreOffice', () => {
  it('reads the properties we wrote (its user-defined properties)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duerp-props-'));
    const file = path.join(dir, 'du.xlsx');
    fs.writeFileSync(file, await recomputed(await csaDocumentUniqueBytes()));
    const ods = convert(file, 'ods', 'ods');
    const meta = strFromU8(unzipSync(fs.readFileSync(ods))['meta.xml']);
    const userDefined = Object.fromEntries([...meta.matchAll(/<meta:user-defined meta:name="([^"]+)"[^>]*>([^<]*)<\/meta:user-defined>/g)].map((m) => [m[1], m[2]]));
    expect(userDefined).toMatchObject({ ...RECORD, DUERP_Version: expect.stringMatching(/^1(\.0*)?$/) });
  }, 120_000);
});
