// Planner messages used beyond its pages (undo labels, refused role edits): loaded with the app.
export default {
  edit: {
    roleMissing: 'That role no longer exists.',
    roleNameTaken: 'There is already a role called “{name}”.',
    hireCostValue: 'A hire cost must be a number of 0 or more, not {value}.',
    requirementLevel: 'A required level must be 0–4, not {value}.',
  },
  undo: {
    action: {
      addRole: 'add role {subject}',
      duplicateRole: 'duplicate role {subject}',
      renameRole: 'rename role {subject}',
      editRole: 'edit role {subject}',
      deleteRole: 'delete role {subject}',
    },
  },
}
