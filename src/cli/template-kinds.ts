export type TemplateKind = 'recensement' | 'document-unique' | 'programme';

export const TEMPLATE_KINDS: readonly TemplateKind[] = ['recensement', 'document-unique', 'programme'];
