import { useI18n } from 'vue-i18n'
import type { SnapshotSummary } from '../domain/snapshots'
import { useDialogStore } from '../stores/dialogs'
import { useHistoryStore } from '../stores/history'
import { useNoticeStore } from '../stores/notices'

/** Dates of snapshots, and restoring or deleting one after asking. */
export function useHistoryActions() {
  const history = useHistoryStore()
  const dialogs = useDialogStore()
  const notices = useNoticeStore()
  const { t, d } = useI18n()

  const formatDate = (time: number) => d(new Date(time), 'dateTime')
  /** Under the chart's axis: day and month only. */
  const formatDay = (time: number) => d(new Date(time), 'dayMonth')

  async function restore(snapshot: SnapshotSummary) {
    const date = formatDate(snapshot.takenAt)
    const confirmed = await dialogs.ask({
      title: t('history.restoreTitle', { date }),
      body: t('history.restoreBody'),
      confirmLabel: t('history.restoreConfirm'),
      danger: false,
    })
    if (confirmed && (await history.restore(snapshot.id, date))) notices.show('success', 'history.restored', { date })
  }

  async function remove(snapshot: SnapshotSummary) {
    const date = formatDate(snapshot.takenAt)
    const confirmed = await dialogs.ask({
      title: t('history.deleteTitle', { date }),
      body: t('history.deleteBody'),
      confirmLabel: t('history.deleteConfirm'),
      danger: true,
    })
    if (confirmed) await history.remove(snapshot.id)
  }

  return { formatDate, formatDay, restore, remove }
}
