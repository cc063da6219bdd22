// Import/export labels the matrix toolbar shows before anything is imported: loaded with the app.
export default {
  importExport: {
    import: {
      button: 'Import…',
    },
    export: {
      menu: 'Export',
      wide: 'Matrix as wide CSV',
      xlsx: 'Workbook (.xlsx): matrix in colour, coverage, latest plan',
      long: 'Ratings as long CSV',
      skills: 'Skills as CSV',
      backup: 'Full backup (JSON)',
      restore: 'Restore backup…',
      delimiter: 'CSV delimiter',
      comma: 'Comma (,)',
      semicolon: 'Semicolon (;) — Excel in Russia and Europe',
      localNames: 'Names in Russian',
      localNamesHint: 'Headers, categories, skills and interest words in Russian; the import reads both languages.',
      remembered: 'Remembered for this workspace; also used by the plan and the self-assessment forms.',
    },
    backup: {
      restoreTitle: 'Restore this backup?',
      restoreBody:
        'Everything in “{name}” — people, ratings, skills, categories, targets, roles and settings — is replaced by the backup of {date} ({people} people, {skills} skills). This cannot be undone.',
      restoreConfirm: 'Replace with the backup',
      restored: 'Backup restored: {people} people, {skills} skills.',
      restoreFailed: 'The backup could not be saved; the workspace is unchanged.',
      needsStorage: 'Restoring needs browser storage, which this browser does not give Skillgrid.',
    },
  },
  undo: {
    action: {
      importCsv: 'import of {subject}',
    },
  },
}
