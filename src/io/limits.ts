/**
 * The largest file an import reads: about 150,000 people × 100 skills as a wide CSV (5,000 × 100
 * is 1.4 MB). Anything bigger is almost surely the wrong file, and reading it would stall the page.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** The largest backup a restore reads: JSON of about 150,000 people × 100 skills. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024
