// Import/export labels the matrix toolbar shows before anything is imported: loaded with the app.
export default {
  importExport: {
    import: {
      button: 'Импорт…',
    },
    export: {
      menu: 'Экспорт',
      wide: 'Матрица, широкий CSV',
      xlsx: 'Книга Excel (.xlsx): матрица в цвете, покрытие, последний план',
      long: 'Оценки, длинный CSV',
      skills: 'Навыки, CSV',
      backup: 'Полная резервная копия (JSON)',
      restore: 'Восстановить из копии…',
      delimiter: 'Разделитель CSV',
      comma: 'Запятая (,)',
      semicolon: 'Точка с запятой (;) — Excel в России',
      localNames: 'Названия по-русски',
      localNamesHint: 'Заголовки, категории, навыки и слова интереса по-русски; импорт читает оба языка.',
      remembered: 'Запоминается для этого пространства; так же выгружаются план и формы самооценки.',
    },
    backup: {
      restoreTitle: 'Восстановить из резервной копии?',
      restoreBody:
        'Всё в «{name}» — люди, оценки, навыки, категории, цели, роли и настройки — будет заменено копией от {date} (людей: {people}, навыков: {skills}). Это нельзя отменить.',
      restoreConfirm: 'Заменить копией',
      restored: 'Копия восстановлена: людей — {people}, навыков — {skills}.',
      restoreFailed: 'Копию не удалось сохранить; пространство не изменилось.',
      needsStorage: 'Для восстановления нужно хранилище браузера, а этот браузер его не даёт.',
    },
  },
  undo: {
    action: {
      importCsv: 'импорт {subject}',
    },
  },
}
