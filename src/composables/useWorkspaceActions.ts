import { useI18n } from 'vue-i18n'
import { useDialogStore } from '../stores/dialogs'
import { useNoticeStore } from '../stores/notices'
import { useWorkspaceStore } from '../stores/workspace'
import { useWorkspaceListStore } from '../stores/workspaceList'

/** The workspace menu's actions, each behind the confirmation or name prompt it needs. */
export function useWorkspaceActions() {
  const workspace = useWorkspaceStore()
  const workspaceList = useWorkspaceListStore()
  const dialogs = useDialogStore()
  const notices = useNoticeStore()
  const { t } = useI18n()
  const currentName = () => workspace.data?.workspace.name ?? ''

  async function createNew() {
    const name = await dialogs.askText({
      title: t('workspace.newTitle'),
      body: t('workspace.newBody'),
      confirmLabel: t('workspace.create'),
      danger: false,
      input: { label: t('workspace.name'), value: '' },
    })
    if (name) await workspaceList.create(name, false)
  }

  async function rename() {
    const name = await dialogs.askText({
      title: t('workspace.renameTitle'),
      body: '',
      confirmLabel: t('workspace.renameConfirm'),
      danger: false,
      input: { label: t('workspace.name'), value: currentName() },
    })
    if (name) workspaceList.rename(name)
  }

  async function duplicate() {
    const id = workspace.currentId
    if (!id) return
    const name = await dialogs.askText({
      title: t('workspace.duplicateTitle'),
      body: t('workspace.duplicateBody', { name: currentName() }),
      confirmLabel: t('workspace.duplicateConfirm'),
      danger: false,
      input: { label: t('workspace.name'), value: t('workspace.copyOf', { name: currentName() }) },
    })
    if (name) await workspaceList.duplicate(id, name)
  }

  async function remove() {
    const id = workspace.currentId
    if (!id) return
    if (workspace.workspaces.length <= 1) return notices.show('info', 'workspace.cannotDeleteLast')
    const confirmed = await dialogs.ask({
      title: t('workspace.deleteTitle', { name: currentName() }),
      body: t('workspace.deleteBody', { name: currentName() }),
      confirmLabel: t('workspace.deleteConfirm'),
      danger: true,
    })
    if (confirmed) await workspaceList.remove(id)
  }

  async function resetToDemo() {
    const confirmed = await dialogs.ask({
      title: t('workspace.resetDemoTitle'),
      body: t('workspace.resetDemoBody', { name: currentName() }),
      confirmLabel: t('workspace.resetDemoConfirm'),
      danger: true,
    })
    if (confirmed) await workspace.resetToDemo()
  }

  async function startEmpty() {
    const confirmed = await dialogs.ask({
      title: t('workspace.startEmptyTitle'),
      body: t('workspace.startEmptyBody', { name: currentName() }),
      confirmLabel: t('workspace.startEmptyConfirm'),
      danger: true,
    })
    if (confirmed) await workspace.startEmpty()
  }

  return { createNew, rename, duplicate, remove, resetToDemo, startEmpty, switchTo: workspaceList.switchTo }
}
