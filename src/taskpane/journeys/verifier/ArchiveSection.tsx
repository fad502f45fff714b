/**
 * Archiver (40 ans): the workbook as saved now, named as a new version of the service's archive,
 * its SHA-256, and the line to add to the register (or the register completed, when chosen).
 */
import * as React from 'react';
import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { appendToRegister, newRegisterText, parseRegister, prepareArchiveVersion, type ArchiveVersion, type RegisterEntry } from '../../../domain/archive';
import { FilePicker } from '../../shared/FilePicker';
import { download } from '../../shared/download';
import { usePane } from '../../state';

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '6px 8px', marginTop: '16px' },
  h: { fontSize: '14px', margin: '2px 0 4px' },
  code: { fontFamily: 'Consolas, monospace', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', backgroundColor: tokens.colorNeutralBackground3, padding: '4px', display: 'block' },
});

function downloadText(text: string, name: string): void {
  download(new TextEncoder().encode(text), name, 'text/csv;charset=utf-8');
}

export function ArchiveSection() {
  const pane = usePane();
  const styles = useStyles();
  const [register, setRegister] = React.useState<{ name: string; text: string; entries: RegisterEntry[] } | null>(null);
  const [made, setMade] = React.useState<{ version: ArchiveVersion; bytes: Uint8Array } | null>(null);
  const busy = pane.state.busy !== null;
  if (!pane.host.fileBytes) return null;
  const prepare = () =>
    pane.run('Préparation de la version à archiver', async () => {
      const fresh = await pane.refresh();
      const bytes = await pane.host.fileBytes!();
      const version = await prepareArchiveVersion({ bytes, snapshot: fresh.snapshot, sourceName: pane.host.fileName?.() ?? 'classeur.xlsx', register: register?.entries ?? [] });
      setMade({ version, bytes });
    });
  const chooseRegister = (files: File[]) =>
    pane.run('Lecture du registre', async () => {
      const text = new TextDecoder().decode(new Uint8Array(await files[0].arrayBuffer()));
      const parsed = parseRegister(text);
      if (!parsed.entries.length && !/sha256/i.test(text)) throw new Error(`« ${files[0].name} » n’est pas un registre d’archives (colonnes version;date;fichier;type;sha256 attendues).`);
      setRegister({ name: files[0].name, text, entries: parsed.entries });
      setMade(null);
    });
  return (
    <section className={styles.box} aria-label="Archiver cette version">
      <h3 className={styles.h}>Archiver cette version (à garder 40 ans)</h3>
      <Text block size={200}>
        Le document unique et ses versions successives se gardent : l’assistant nomme la version, calcule son empreinte (SHA-256) et donne la ligne du
        registre.
      </Text>
      <FilePicker label="Choisir le registre (registre.csv)" accept=".csv,text/csv" hint="facultatif : pour numéroter la version à la suite" onFiles={(f) => void chooseRegister(f)} disabled={busy} />
      {register && <Caption1 block>Registre : {register.name} ({register.entries.length} version(s))</Caption1>}
      <Button onClick={() => void prepare()} disabled={busy} style={{ marginTop: 6 }}>
        Préparer la version à archiver
      </Button>
      {made && (
        <div style={{ marginTop: 6 }}>
          <Text block>
            Version {made.version.entry.version} de {made.version.entry.annee} : <strong>{made.version.fileName}</strong>
          </Text>
          <Caption1 block>Ligne à ajouter au registre :</Caption1>
          <code className={styles.code} aria-label="Ligne du registre">
            {made.version.line.trim()}
          </code>
          <Button appearance="primary" style={{ marginTop: 6 }} onClick={() => download(made.bytes, made.version.fileName)}>
            Télécharger « {made.version.fileName} »
          </Button>
          <Button
            style={{ marginTop: 6 }}
            onClick={() => downloadText(register ? appendToRegister(register.text, [made.version.entry]) : newRegisterText([made.version.entry]), 'registre.csv')}
          >
            {register ? 'Télécharger le registre complété' : 'Télécharger un nouveau registre'}
          </Button>
        </div>
      )}
    </section>
  );
}
