/** An input the command cannot use: exit status 2 with one French sentence on stderr. */
export class UnusableInput extends Error {}

/** A command that finished with a status other than 0 (e.g. `check` found errors), output already printed. */
export class ExitStatus extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** A Node system error (fs, streams): it carries a code such as `EACCES`. */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  // Duck-typed: errors thrown by Node's fs are not `instanceof Error` in another realm (Jest's vm).
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^(E[A-Z0-9]+|ERR_FS_FILE_TOO_LARGE)$/.test(code);
}

/**
 * One French sentence for a system error met while reading or writing `file` (never the system's
 * English message); null when `e` is not a system error.
 */
export function systemErrorMessage(e: unknown, file: string, action: 'lire' | 'écrire'): string | null {
  if (!isSystemError(e)) return null;
  const what = `« ${file} »`;
  const verb = action === 'lire' ? 'lu' : 'écrit';
  switch (e.code) {
    case 'ENOENT':
      return action === 'lire'
        ? `Le fichier ${what} est introuvable.`
        : `${what} ne peut pas être écrit : son dossier n'existe pas.`;
    case 'EACCES':
    case 'EPERM':
      return action === 'lire'
        ? `Le fichier ${what} ne peut pas être lu : accès refusé (vos droits ne permettent pas de le lire).`
        : `${what} ne peut pas être écrit : accès refusé (vos droits ne permettent pas d'écrire à cet endroit).`;
    case 'EISDIR':
      return action === 'lire'
        ? `${what} est un dossier, pas un classeur Excel.`
        : `${what} est un dossier : -o doit nommer le classeur à écrire.`;
    case 'ENOTDIR':
      return `${what} ne peut pas être ${verb} : un élément de son chemin n'est pas un dossier.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `${what} ne peut pas être écrit : le disque est plein (ou votre quota est atteint). Rien n'a été écrit.`;
    case 'EROFS':
      return `${what} ne peut pas être écrit : le disque est en lecture seule.`;
    case 'ENAMETOOLONG':
      return `Le nom ${what} est trop long pour le système de fichiers.`;
    case 'ELOOP':
      return `${what} ne peut pas être ${verb} : ses liens symboliques forment une boucle.`;
    case 'EMFILE':
    case 'ENFILE':
      return `${what} ne peut pas être ${verb} : trop de fichiers sont ouverts sur ce poste.`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${what} ne peut pas être ${verb} : il est occupé par un autre programme.`;
    case 'EEXIST':
      return `${what} existe déjà : ajoutez --force pour le remplacer, ou choisissez un autre nom avec -o.`;
    case 'EXDEV':
      return `${what} ne peut pas être écrit : le dossier de sortie est sur un autre disque que le fichier temporaire.`;
    case 'EIO':
      return `${what} ne peut pas être ${verb} : le disque a signalé une erreur de lecture ou d'écriture.`;
    case 'EFBIG':
      return `${what} ne peut pas être écrit : il dépasse la taille de fichier permise.`;
    case 'ERR_FS_FILE_TOO_LARGE':
      return `${what} est trop volumineux pour être ${verb} (plus de 2 Go) : ce n'est pas un classeur du document unique.`;
    case 'EINVAL':
      return `Le nom ${what} n'est pas accepté par le système de fichiers.`;
    default:
      return `${what} ne peut pas être ${verb} : le système a refusé l'opération (code ${e.code}).`;
  }
}
