import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useMatrixColumns } from '../../src/composables/useMatrixColumns'
import { SkillgridDb, useDb } from '../../src/db/db'
import { createAppI18n } from '../fixtures/i18n'
import { useMatrixStore } from '../../src/stores/matrix'
import { useSkillsStore } from '../../src/stores/skills'
import { useWorkspaceStore } from '../../src/stores/workspace'

let counter = 0

async function mountColumns() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useDb(new SkillgridDb(`columns-${++counter}`))
  const workspace = useWorkspaceStore()
  await workspace.init()
  let columns: ReturnType<typeof useMatrixColumns> | null = null
  const Probe = defineComponent({
    setup() {
      columns = useMatrixColumns({ onCellKey: () => true, onPersonField: () => {}, onCellEdited: () => {}, levelEditor: null })
      return () => h('div')
    },
  })
  mount(Probe, { global: { plugins: [pinia, createAppI18n('en')] } })
  return { workspace, columns: columns! }
}

beforeEach(() => localStorage.clear())

describe('useMatrixColumns', () => {
  it('keeps the same column definitions across a cell edit (an edit must not rebuild 100 columns)', async () => {
    const { workspace, columns } = await mountColumns()
    const before = columns.columnDefs.value
    const person = workspace.data!.people[0]!
    useMatrixStore().setLevel(person.id, workspace.data!.skills[0]!.id, 0)
    await nextTick()
    expect(columns.columnDefs.value).toBe(before)
  })

  it('rebuilds them when a skill is renamed', async () => {
    const { workspace, columns } = await mountColumns()
    const before = columns.columnDefs.value
    useSkillsStore().rename(workspace.data!.skills[0]!.id, 'Community strategy (renamed)')
    await nextTick()
    expect(columns.columnDefs.value).not.toBe(before)
    expect(JSON.stringify(columns.columnDefs.value.map((c) => ('children' in c ? c.children.map((x) => x.headerName) : c.headerName)))).toContain('Community strategy (renamed)')
  })
})
