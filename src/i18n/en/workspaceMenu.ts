// The workspace menu's items, dialogs and storage facts: loaded when the menu first opens.
export default {
  workspace: {
    switchTo: 'Workspaces',
    new: 'New workspace…',
    newTitle: 'New workspace',
    newBody: 'An empty team with the 48 framework skills and 9 role templates. Your other workspaces stay as they are.',
    create: 'Create',
    name: 'Name',
    rename: 'Rename…',
    renameTitle: 'Rename workspace',
    renameConfirm: 'Rename',
    duplicate: 'Duplicate…',
    duplicateTitle: 'Duplicate workspace',
    duplicateBody:
      'A full copy of “{name}” — people, ratings, skills, targets and roles — that you can change without touching the original.',
    duplicateConfirm: 'Duplicate',
    copyOf: '{name} (copy)',
    delete: 'Delete…',
    deleteTitle: 'Delete “{name}”?',
    deleteBody:
      'The workspace “{name}” with all its people, ratings, skills, roles and saved plans is removed from this browser. This cannot be undone — export a backup first if you may need it.',
    deleteConfirm: 'Delete workspace',
    cannotDeleteLast: 'This is your only workspace. Use “Start an empty workspace” to clear it instead.',
    resetDemo: 'Reset to demo…',
    resetDemoTitle: 'Reset to the demo workspace?',
    resetDemoBody:
      'Every person, rating, skill and role in “{name}” is replaced by the demo team. This cannot be undone — export a backup first if you may need the data.',
    resetDemoConfirm: 'Replace with demo',
    startEmpty: 'Start an empty workspace…',
    startEmptyTitle: 'Start an empty workspace?',
    startEmptyBody:
      'All people and ratings in “{name}” are removed; the 48 framework skills and 9 roles stay. This cannot be undone — export a backup first if you may need the data.',
    startEmptyConfirm: 'Empty the workspace',
    about: 'About Skillgrid',
  },
  storageInfo: {
    persisted: 'Storage: persistent — the browser will not clear it on its own.',
    'not-persisted':
      'Storage: not persistent — the browser may clear it when space runs low (Safari after 7 days without a visit unless installed). Export a backup regularly.',
    unsupported: 'Storage: this browser cannot promise to keep the data. Export a backup regularly.',
    unknown: 'Storage: checking…',
    memoryOnly: 'Storage: none — data lives only in this page.',
    usage: 'Used: {usage}',
    megabytes: '{size} MB',
    lastExport: 'Last export: {date}',
    neverExported: 'Never exported from this browser.',
  },
  about: {
    title: 'About Skillgrid',
    body: 'Skillgrid keeps a people-by-skills matrix of your team, shows which skills nobody or only one person covers, and plans whom to train and which roles to hire.',
    privacy: 'Everything stays in this browser: Skillgrid sends no data anywhere. Share by exporting files.',
    credit:
      'Skills and categories: the Community Skills Framework by The Community Roundtable (communityroundtable.com). Russian names, level descriptions and role templates are Skillgrid’s own translation and starting defaults.',
    close: 'Close',
  },
}
