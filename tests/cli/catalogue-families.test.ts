/** duerp catalogue families CODE: one family's fiche, in French text or as the contract's family object. */
import { RISK_FAMILIES } from '../../src/domain/catalogue/families';
import { duerp } from '../helpers/cli';

const family = (code: string) => RISK_FAMILIES.find((f) => f.code === code)!;

describe('duerp catalogue families CODE', () => {
  it.each([['01'], ['1'], ['RACP'], ['racp']])('finds family 01 from « %s » and prints its fiche with every part', async (code) => {
    const r = await duerp('catalogue', 'families', code);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const f = family('01');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe("01 - Risques liés à l'Activité Physique (RACP)");
    // The parts in the guide's order, each followed by its own items.
    const order = ['Définition', 'Dangers', 'Dommages', 'Facteurs', 'Moyens de prévention', '  Organisationnels', '  Collectifs', '  Individuels', '  Humains', "Pistes d'investigation"];
    const at = order.map((h) => lines.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines[at[0] + 1].trim()).toBe(f.definition);
    expect(lines.slice(at[1] + 1, at[1] + 1 + f.dangers.length)).toEqual(f.dangers.map((d) => `  - ${d}`));
    expect(lines.slice(at[5] + 1, at[5] + 1 + f.prevention.organisationnels.length)).toEqual(f.prevention.organisationnels.map((d) => `    - ${d}`));
    for (const p of f.pistes) expect(lines).toContain(`  - ${p}`);
    // Only one family: another family's title is not there.
    expect(r.stdout).not.toContain(family('02').title);
  });

  it('says so where the guide gives no means of a kind (family 02 has no « Humains »)', async () => {
    const r = await duerp('catalogue', 'families', '02');
    const lines = r.stdout.split('\n');
    expect(lines[lines.indexOf('  Humains') + 1]).toBe('    (aucun dans le guide)');
  });

  it('finds family 07 by its variant abbreviation too', async () => {
    expect((await duerp('catalogue', 'families', 'RCHU')).stdout.split('\n')[0]).toMatch(/^07 - .*\(RCHUH\)$/);
  });

  it('--json gives the one family object of the contract', async () => {
    const r = await duerp('catalogue', 'families', '18', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Array.isArray(j)).toBe(false);
    expect(j).toEqual(JSON.parse(JSON.stringify(family('18'))));
    expect(j.abbr).toBe('RPS');
    expect(Object.keys(j.prevention)).toEqual(['organisationnels', 'collectifs', 'individuels', 'humains']);
  });

  it.each([['27'], ['0'], ['XYZ'], ['']])('refuses an unknown code « %s » with exit 2 and one French sentence', async (code) => {
    const r = await duerp('catalogue', 'families', code);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^La famille « .* » est inconnue : donnez son numéro \(01 à 26\)/);
  });

  it('without a code still lists the 26 families, one a line', async () => {
    const r = await duerp('catalogue', 'families');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(26);
    expect(lines[0]).toBe("01 - Risques liés à l'Activité Physique (RACP) — générique");
    expect(r.stdout).not.toContain('Dangers');
  });
});
