/** A French button that picks workbook files (several where asked), and a drop zone where the page allows. */
import * as React from 'react';
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  zone: { border: `1px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '8px', marginTop: '6px' },
  over: { backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: 'none' },
});

export interface FilePickerProps {
  label: string;
  multiple?: boolean;
  onFiles(files: File[]): void;
  disabled?: boolean;
  /** File types accepted (default: workbooks). */
  accept?: string;
  /** What the drop zone says (default: workbooks). */
  hint?: string;
}

export function FilePicker({ label, multiple, onFiles, disabled, accept = '.xlsx,.xlsm', hint }: FilePickerProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const take = (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length) onFiles(files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <Button onClick={() => input.current?.click()} disabled={disabled}>
        {label}
      </Button>
      <Caption1 block>{hint ?? (multiple ? 'ou déposez les classeurs ici (.xlsx, .xlsm)' : 'ou déposez le classeur ici (.xlsx, .xlsm)')}</Caption1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        aria-label={label}
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
    </div>
  );
}
