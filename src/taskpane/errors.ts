/** Any error as one French sentence for the pane (Office errors have their own words). */
const OFFICE_CODES: Record<string, string> = {
  ItemNotFound: 'une feuille ou une cellule attendue est introuvable : le classeur a peut-être changé, relisez-le.',
  AccessDenied: 'Excel refuse l’écriture : une feuille est protégée ou le classeur est en lecture seule.',
  InvalidArgument: 'Excel a refusé une valeur envoyée par l’assistant.',
  ItemAlreadyExists: 'un élément que l’assistant voulait créer existe déjà : relisez le classeur et recommencez.',
  RequestPayloadSizeLimitExceeded: 'la demande dépasse la taille qu’Excel accepte en une fois.',
  GeneralException: 'Excel n’a pas pu terminer l’opération ; réessayez dans un instant.',
};

export function frenchError(e: unknown): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code && OFFICE_CODES[code]) return OFFICE_CODES[code];
  const message = e instanceof Error ? e.message : String(e);
  // Our own errors are French sentences already; anything else is said plainly.
  if (/[éèàùçê«»’]|\b(le|la|les|du|des|est|n'est|introuvable)\b/i.test(message)) return message;
  return 'une erreur inattendue est survenue ; relisez le classeur et recommencez.';
}
