/**
 * Writes the README's table of check rules from the code, between its markers, so the list never
 * drifts. Run: npm run rules:readme (a test fails when the README is out of date).
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../src/domain/check/rules';

const SEVERITY = { error: 'erreur', warning: 'avertissement', info: 'information' } as const;
const KINDS: Record<string, string> = { recensement: 'recensement', 'document-unique': 'DU', programme: 'programme' };

export function rulesTable(): string {
  const lines = ['| règle | gravité | s’applique à | ce qu’elle vérifie |', '|---|---|---|---|'];
  for (const r of RULES) lines.push(`| \`${r.id}\` | ${SEVERITY[r.severity]} | ${r.appliesTo.map((k) => KINDS[k]).join(', ')} | ${r.title} |`);
  return lines.join('\n');
}

export function withRulesTable(readme: string): string {
  return readme.replace(/(<!-- regles:debut -->)[\s\S]*?(<!-- regles:fin -->)/, `$1\n${rulesTable()}\n$2`);
}

if (require.main === module) {
  const file = path.join(__dirname, '..', 'README.md');
  fs.writeFileSync(file, withRulesTable(fs.readFileSync(file, 'utf8')));
  console.log(`README.md : ${RULES.length} règles listées.`);
}
