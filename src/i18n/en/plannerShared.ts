// Planner messages used beyond its pages (undo labels, refused role edits): loaded with the app.
export default {
  edit: {
    roleMissing: 'That role no longer exists.',
    roleNameTaken: 'There is already a role called “{name}”.',
    hireCostValue: 'A hire cost must be a number of 0 or more, not {value}.',
    requirementLevel: 'A required level must be 0–4, not {value}.',
    resourceMissing: 'That learning resource no longer exists.',
    resourceTitleRequired: 'A resource needs a title, in English or in Russian.',
    resourceUrl: 'A link must be an address starting with http:// or https://, not “{value}”.',
    resourceSeats: 'Seats must be a whole number from 1 to {max}, or empty for a self-paced resource, not {value}.',
    resourceCost: 'A cost must be a number from 0 to {max}, not {value}.',
    resourceCostDecimals: 'A cost has at most two decimals (cents), not {value}.',
    resourceFileTooLarge: 'This file is too large to be a list of learning resources ({size} bytes).',
  },
  undo: {
    action: {
      addRole: 'add role {subject}',
      duplicateRole: 'duplicate role {subject}',
      renameRole: 'rename role {subject}',
      editRole: 'edit role {subject}',
      deleteRole: 'delete role {subject}',
      addResource: 'add resource {subject}',
      editResource: 'edit resource {subject}',
      duplicateResource: 'duplicate resource {subject}',
      deleteResource: 'delete resource {subject}',
      importResources: 'import {subject} learning resources',
    },
  },
}
