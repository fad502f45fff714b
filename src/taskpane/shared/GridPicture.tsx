/** The G × F grid as a picture: each crossing coloured like the matrix, with its number of risks. */
import { INDEX_LEVELS, RISK_MATRIX } from '../../domain/catalogue/scales';

const COLOURS = Object.fromEntries(INDEX_LEVELS.map((l) => [l.index, l]));

export interface GridPictureProps {
  /** counts[g - 1][f - 1]. */
  grid: number[][];
  title: string;
}

export function GridPicture({ grid, title }: GridPictureProps) {
  const cell = 52;
  const left = 34;
  const top = 6;
  const total = grid.flat().reduce((a, b) => a + b, 0);
  return (
    <svg role="img" aria-label={`${title} : ${total} risques cotés`} viewBox={`0 0 ${left + 4 * cell + 4} ${top + 4 * cell + 26}`} style={{ width: '100%', maxWidth: 300, display: 'block' }}>
      <title>{title}</title>
      {[4, 3, 2, 1].map((g, i) =>
        [1, 2, 3, 4].map((f, j) => {
          const letter = RISK_MATRIX[g - 1][f - 1];
          const n = grid[g - 1][f - 1];
          const x = left + j * cell;
          const y = top + i * cell;
          return (
            <g key={`${g}${f}`}>
              <rect x={x} y={y} width={cell - 2} height={cell - 2} rx={4} fill={COLOURS[letter].fill} opacity={n ? 1 : 0.35} />
              <text x={x + 5} y={y + 14} fontSize={11} fill={COLOURS[letter].font}>
                {letter}
              </text>
              <text x={x + (cell - 2) / 2} y={y + 34} fontSize={18} fontWeight={600} textAnchor="middle" fill={COLOURS[letter].font}>
                {n || ''}
              </text>
            </g>
          );
        }),
      )}
      {[4, 3, 2, 1].map((g, i) => (
        <text key={`g${g}`} x={4} y={top + i * cell + cell / 2 + 4} fontSize={12}>
          G{g}
        </text>
      ))}
      {[1, 2, 3, 4].map((f, j) => (
        <text key={`f${f}`} x={left + j * cell + cell / 2 - 8} y={top + 4 * cell + 16} fontSize={12}>
          F{f}
        </text>
      ))}
    </svg>
  );
}
