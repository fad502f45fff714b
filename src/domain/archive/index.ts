/** The 40-year archive: names of versions, the register, SHA-256 (CONTRACT.md, "Archive"). */
export { sha256Hex, SHA256_HEX } from './hash';
export { archiveFileName, nextVersion, parseArchiveFileName, workbookExtension, type ArchiveKind } from './naming';
export { BOM, REGISTER_COLUMNS, REGISTER_FILE, appendToRegister, newRegisterText, parseRegister, registerHeader, registerLine, type ParsedRegister, type RegisterEntry } from './register';
export { archiveYear, prepareArchiveVersion, yearOf, type ArchiveInput, type ArchiveVersion } from './version';
