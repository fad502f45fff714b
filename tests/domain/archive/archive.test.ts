/** The pure parts of the archive: names and versions, the register's lines, SHA-256, the year. */
import { createHash } from 'crypto';
import {
  BOM,
  REGISTER_COLUMNS,
  appendToRegister,
  archiveFileName,
  archiveYear,
  newRegisterText,
  nextVersion,
  parseArchiveFileName,
  parseRegister,
  prepareArchiveVersion,
  registerHeader,
  registerLine,
  sha256Hex,
  workbookExtension,
  yearOf,
  type RegisterEntry,
} from '../../../src/domain/archive';
import { layoutToSnapshot } from '../../../src/domain/templates';
import { recognise } from '../../../src/domain/workbook/recognise';
import { filledCensus, filledDocumentUnique, filledProgramme } from '../../fixtures/generate';
import { fill } from '../../fixtures/transforms';

const entry = (over: Partial<RegisterEntry> = {}): RegisterEntry => ({
  version: 3,
  date: '22/11/2026',
  fichier: 'document-unique-2026-v3.xlsx',
  type: 'document-unique',
  annee: 2026,
  source: 'DU SIP Nord.xlsx',
  sha256: 'a'.repeat(64),
  ...over,
});

describe('names and versions', () => {
  it('carry the kind, the year and the version; a workbook with macros keeps .xlsm', () => {
    expect(archiveFileName('document-unique', 2026, 3)).toBe('document-unique-2026-v3.xlsx');
    expect(archiveFileName('programme', 2027, 1, workbookExtension('Programme.XLSM'))).toBe('programme-2027-v1.xlsm');
    expect(parseArchiveFileName('Recensement-2025-v12.xlsx')).toEqual({ kind: 'recensement', year: 2025, version: 12 });
    expect(parseArchiveFileName('document-unique-2026-v3.xlsx.bak')).toBeNull();
    expect(parseArchiveFileName('registre.csv')).toBeNull();
  });

  it('the next version is past every file of that kind and year, and every line of the register', () => {
    const names = ['document-unique-2026-v1.xlsx', 'document-unique-2026-v4.xlsm', 'document-unique-2025-v9.xlsx', 'programme-2026-v7.xlsx', 'notes.txt'];
    expect(nextVersion('document-unique', 2026, names)).toBe(5);
    expect(nextVersion('document-unique', 2025, names)).toBe(10);
    expect(nextVersion('recensement', 2026, names)).toBe(1);
    // A version whose file was deleted keeps its number: the register remembers it.
    expect(nextVersion('document-unique', 2026, names, [{ type: 'document-unique', annee: 2026, version: 8 }])).toBe(9);
    expect(nextVersion('document-unique', 2026, [], [{ type: 'programme', annee: 2026, version: 8 }])).toBe(1);
  });
});

describe('the register', () => {
  it('starts with the byte-order mark and the header, one CRLF line per version, `;` between fields', () => {
    const text = newRegisterText([entry(), entry({ version: 4, fichier: 'document-unique-2026-v4.xlsx' })]);
    expect(text.startsWith(BOM + 'version;date;fichier;type;annee;source;sha256\r\n')).toBe(true);
    expect(REGISTER_COLUMNS.slice(0, 3)).toEqual(['version', 'date', 'fichier']);
    expect(registerHeader()).toBe('version;date;fichier;type;annee;source;sha256\r\n');
    expect(text.split('\r\n')[1]).toBe(`3;22/11/2026;document-unique-2026-v3.xlsx;document-unique;2026;DU SIP Nord.xlsx;${'a'.repeat(64)}`);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('quotes a field holding `;` or `"`, and reads it back', () => {
    const tricky = entry({ source: 'DU "final"; v2 .xlsx' });
    expect(registerLine(tricky)).toContain(';"DU ""final""; v2 .xlsx";');
    expect(parseRegister(newRegisterText([tricky])).entries).toEqual([tricky]);
  });

  it('is read by its header names, LF or CRLF, with or without the mark; a line without name or hash is unreadable', () => {
    const text = `sha256;fichier;version;annee;type;date\n${'b'.repeat(64)};programme-2026-v2.xlsx;2;2026;programme;01/12/2026\n;perdu.xlsx;3;2026;programme;\n\n`;
    const parsed = parseRegister(text);
    expect(parsed.entries).toEqual([{ version: 2, date: '01/12/2026', fichier: 'programme-2026-v2.xlsx', type: 'programme', annee: 2026, source: '', sha256: 'b'.repeat(64) }]);
    expect(parsed.unreadable).toEqual([{ line: 3, text: ';perdu.xlsx;3;2026;programme;' }]);
    expect(parseRegister(BOM + registerHeader()).entries).toEqual([]);
  });

  it('appending adds lines only (a line end first when the last line has none); an empty register gets its header', () => {
    const existing = newRegisterText([entry()]);
    expect(appendToRegister(existing, [entry({ version: 4 })])).toBe(registerLine(entry({ version: 4 })));
    expect(appendToRegister(existing.replace(/\r\n$/, ''), [entry({ version: 4 })])).toBe('\r\n' + registerLine(entry({ version: 4 })));
    expect(appendToRegister(BOM, [entry()])).toBe(newRegisterText([entry()]));
    expect(parseRegister(existing + appendToRegister(existing, [entry({ version: 4 })])).entries.map((e) => e.version)).toEqual([3, 4]);
  });
});

describe('SHA-256 through Web Crypto', () => {
  it('is the standard digest (known vectors, and as Node computes it)', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const big = new Uint8Array(3_000_001).map((_, i) => (i * 31) & 255);
    expect(await sha256Hex(big)).toBe(createHash('sha256').update(big).digest('hex'));
  });

  it('hashes only the view it is given, not the whole buffer under it', async () => {
    const buffer = new TextEncoder().encode('xxabcxx');
    expect(await sha256Hex(buffer.subarray(2, 5))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('the year a workbook is about', () => {
  it('reads a year written as a number, a text, a date', () => {
    expect([yearOf(2026), yearOf(' 2025 '), yearOf('Année 2024'), yearOf(46300), yearOf('05/03/2008'), yearOf('bientôt'), yearOf(12)]).toEqual([2026, 2025, 2024, 2026, 2008, null, null]);
  });

  it('the DU’s Année first, then its date; a census or programme by its update date; else today', () => {
    const today = new Date(2031, 0, 15);
    const du = layoutToSnapshot(fill(filledDocumentUnique(), 'Identification', { C5: 2024 }));
    expect(archiveYear(du, recognise(du), today)).toBe(2024);
    const duNoYear = layoutToSnapshot(fill(filledDocumentUnique(), 'Identification', { C5: null, E25: '12/01/2027' }));
    expect(archiveYear(duNoYear, recognise(duNoYear), today)).toBe(2027);
    const census = layoutToSnapshot(fill(filledCensus(), 'Informations générales', { C11: '30/06/2025' }));
    expect(archiveYear(census, recognise(census), today)).toBe(2025);
    const programme = layoutToSnapshot(fill(filledProgramme(), 'Informations générales', { C6: null }));
    expect(archiveYear(programme, recognise(programme), today)).toBe(2031);
  });
});

describe('a version for the pane to offer', () => {
  it('names the file, and gives the register line with the hash of the bytes as they are', async () => {
    const snapshot = layoutToSnapshot(filledDocumentUnique());
    const bytes = new TextEncoder().encode('the workbook bytes');
    const v = await prepareArchiveVersion({
      bytes,
      snapshot,
      sourceName: 'C:\\Partage\\DU SIP Nord.xlsm',
      existingNames: ['document-unique-2026-v1.xlsm'],
      register: [entry({ version: 2, fichier: 'document-unique-2026-v2.xlsx' })],
      today: new Date(2026, 10, 22),
    });
    expect(v.fileName).toBe('document-unique-2026-v3.xlsm');
    expect(v.entry).toEqual({ version: 3, date: '22/11/2026', fichier: 'document-unique-2026-v3.xlsm', type: 'document-unique', annee: 2026, source: 'DU SIP Nord.xlsm', sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(v.line).toBe(registerLine(v.entry));
  });

  it('refuses a workbook of unknown kind, in French', async () => {
    await expect(prepareArchiveVersion({ bytes: new Uint8Array(1), snapshot: { sheets: [], names: [] }, sourceName: 'x.xlsx' })).rejects.toThrow(/n’est ni un recensement/);
  });
});
