// Planner messages used beyond its pages (undo labels, refused role edits): loaded with the app.
export default {
  edit: {
    roleMissing: 'Этой роли больше нет.',
    roleNameTaken: 'Роль «{name}» уже есть.',
    hireCostValue: 'Стоимость найма должна быть числом от 0, а не {value}.',
    requirementLevel: 'Требуемый уровень должен быть от 0 до 4, а не {value}.',
    resourceMissing: 'Этого материала для обучения больше нет.',
    resourceTitleRequired: 'У материала должно быть название — по-английски или по-русски.',
    resourceUrl: 'Ссылка должна начинаться с http:// или https://, а не «{value}».',
    resourceSeats: 'Мест должно быть целое число от 1 до {max} (пусто — в своём темпе), а не {value}.',
    resourceCost: 'Стоимость должна быть числом от 0 до {max}, а не {value}.',
    resourceCostDecimals: 'В стоимости не больше двух знаков после запятой (копейки), а не {value}.',
    resourceFileTooLarge: 'Файл слишком велик для списка материалов ({size} байт).',
  },
  undo: {
    action: {
      addRole: 'новая роль: {subject}',
      duplicateRole: 'копия роли: {subject}',
      renameRole: 'переименование роли: {subject}',
      editRole: 'изменение роли: {subject}',
      deleteRole: 'удаление роли: {subject}',
      addResource: 'новый материал: {subject}',
      editResource: 'изменение материала: {subject}',
      duplicateResource: 'копия материала: {subject}',
      deleteResource: 'удаление материала: {subject}',
      importResources: 'импорт материалов для обучения: {subject}',
    },
  },
}
