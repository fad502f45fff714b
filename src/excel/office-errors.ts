/**
 * Office errors as one actionable French sentence (the pane shows it). Office.js rejects with an
 * `OfficeExtension.Error` whose `code` is a string (`ItemNotFound`, `AccessDenied`…); the host's
 * own refusals (a protected sheet) are `ExcelHostError`s that already speak French.
 */

/** A refusal of the Excel host itself, in French, with a code for tests and the pane. */
export class ExcelHostError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'ExcelHostError';
  }
}

const SENTENCES: Record<string, string> = {
  ItemNotFound:
    "Une feuille, une cellule ou un nom attendu n'existe plus dans le classeur (renommé ou supprimé entre-temps) : relisez le classeur puis recommencez.",
  AccessDenied:
    'Excel refuse la modification : une feuille ou le classeur est protégé, ou le classeur est ouvert en lecture seule ; ôtez la protection (Révision > Ôter la protection) ou ouvrez-le en modification, puis recommencez.',
  InvalidArgument:
    "Excel a refusé une valeur ou une adresse envoyée par l'assistant : relisez le classeur puis recommencez, et signalez-le si cela se reproduit.",
  RequestPayloadSizeLimitExceeded:
    "La demande envoyée à Excel dépasse la taille qu'il accepte (5 Mo sur Excel sur le web) et une partie des modifications a pu être écrite : ouvrez le classeur dans Excel pour Windows ou Mac, relisez-le puis appliquez de nouveau.",
  ResponsePayloadSizeLimitExceeded:
    'La lecture demandée à Excel dépasse la taille qu’il accepte (5 Mo sur le web) : réduisez la plage utilisée des feuilles (lignes vides en fin de tableau) puis recommencez.',
  GeneralException:
    'Excel a rencontré une erreur interne : enregistrez le classeur, rouvrez-le puis recommencez.',
  ItemAlreadyExists:
    "Une feuille ou un nom que l'assistant voulait créer existe déjà : relisez le classeur pour recalculer les modifications, puis appliquez-les.",
  ActivityLimitReached: 'Excel est occupé par trop de demandes : patientez quelques secondes puis recommencez.',
  InvalidOrTimedOutSession: 'La session Excel a expiré : rechargez le classeur (F5 dans le navigateur) puis recommencez.',
  Conflict: 'Le classeur a été modifié en même temps par une autre personne : relisez-le puis recommencez.',
  EditModeCellEditing: 'Une cellule est en cours de saisie : validez-la (Entrée) ou annulez-la (Échap), puis recommencez.',
};
SENTENCES.PayloadTooLarge = SENTENCES.RequestPayloadSizeLimitExceeded;

/** The Office error code of a thrown value, when it has one. */
export function officeErrorCode(e: unknown): string | null {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string') return (e as { code: string }).code;
  return null;
}

/** One actionable French sentence for anything an Excel call threw. */
export function frenchOfficeError(e: unknown): string {
  if (e instanceof ExcelHostError) return e.message;
  const code = officeErrorCode(e);
  if (code && SENTENCES[code]) return SENTENCES[code];
  if (code) return `Excel a refusé l'opération (code ${code}) : relisez le classeur puis recommencez.`;
  return "L'opération dans Excel n'a pas abouti : relisez le classeur puis recommencez.";
}
