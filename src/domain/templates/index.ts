export { censusLayout, CENSUS_COLUMNS, CENSUS_TABLE, TEMPLATE_ROWS } from './census';
export { documentUniqueLayout, DU_COLUMNS, DU_TABLE } from './document-unique';
export { programmeLayout, PROGRAMME_COLUMNS, PROGRAMME_TABLE } from './programme';
export { layoutToSnapshot, type TemplateLayout, type SheetLayout, type LayoutCell, type TemplateOptions } from './layout';
