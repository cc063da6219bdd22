// Planner messages used beyond its pages (undo labels, refused role edits): loaded with the app.
export default {
  edit: {
    roleMissing: 'Этой роли больше нет.',
    roleNameTaken: 'Роль «{name}» уже есть.',
    hireCostValue: 'Стоимость найма должна быть числом от 0, а не {value}.',
    requirementLevel: 'Требуемый уровень должен быть от 0 до 4, а не {value}.',
  },
  undo: {
    action: {
      addRole: 'новая роль: {subject}',
      duplicateRole: 'копия роли: {subject}',
      renameRole: 'переименование роли: {subject}',
      editRole: 'изменение роли: {subject}',
      deleteRole: 'удаление роли: {subject}',
    },
  },
}
