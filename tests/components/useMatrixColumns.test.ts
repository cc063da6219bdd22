import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import type { ColDef } from 'ag-grid-community'
import { useMatrixColumns } from '../../src/composables/useMatrixColumns'
import { matrixRows, type MatrixRow } from '../../src/grid/matrixRows'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import { createAppI18n } from '../fixtures/i18n'
import { useMatrixStore } from '../../src/stores/matrix'
import { useMatrixViewStore } from '../../src/stores/matrixView'
import { useSkillsStore } from '../../src/stores/skills'
import { useWorkspaceStore } from '../../src/stores/workspace'

let counter = 0

async function mountColumns() {
  const pinia = createPinia()
  setActivePinia(pinia)
  setDbForTests(new SkillgridDb(`columns-${++counter}`))
  const workspace = useWorkspaceStore()
  await workspace.init()
  let columns: ReturnType<typeof useMatrixColumns> | null = null
  const Probe = defineComponent({
    setup() {
      columns = useMatrixColumns({
        onCellKey: () => true,
        onPersonField: () => {},
        onCellEdited: () => {},
        levelEditor: null,
      })
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
    expect(
      JSON.stringify(
        columns.columnDefs.value.map((c) => ('children' in c ? c.children.map((x) => x.headerName) : c.headerName)),
      ),
    ).toContain('Community strategy (renamed)')
  })

  it('shows both ratings in the tooltip and marks a cell whose self rating is two levels apart', async () => {
    const { workspace, columns } = await mountColumns()
    const person = workspace.data!.people[0]!
    const skill = workspace.data!.skills[0]!
    useMatrixStore().setLevel(person.id, skill.id, 4)
    useMatrixStore().setSelfLevel(person.id, skill.id, 1)
    const column = columns.columnDefs.value
      .flatMap((c) => ('children' in c ? c.children : [c]))
      .find((c) => 'colId' in c && c.colId === skill.id) as ColDef<MatrixRow>
    const row = matrixRows(workspace.data!).find((r) => r.id === person.id)!
    const params = { data: row, node: { rowPinned: null } } as never
    const tooltip = (column.tooltip as (p: unknown) => string)(params)
    expect(tooltip).toContain('Lead: 4 · ')
    expect(tooltip).toContain('Self-assessment: 1 · ')
    expect(tooltip).toContain('3 levels apart: to discuss')
    expect((column.cellClass as (p: unknown) => string[])(params)).toContain('src-discuss')
    expect((column.valueGetter as (p: unknown) => unknown)(params)).toBe(4)
  })

  it('shows the self level, marked, where the lead has not rated', async () => {
    const { workspace, columns } = await mountColumns()
    const person = workspace.data!.people[0]!
    const skill = workspace.data!.skills[0]!
    useMatrixStore().setLevel(person.id, skill.id, null)
    useMatrixStore().setSelfLevel(person.id, skill.id, 2)
    const column = columns.columnDefs.value
      .flatMap((c) => ('children' in c ? c.children : [c]))
      .find((c) => 'colId' in c && c.colId === skill.id) as ColDef<MatrixRow>
    const row = matrixRows(workspace.data!).find((r) => r.id === person.id)!
    const params = { data: row, node: { rowPinned: null } } as never
    expect((column.valueGetter as (p: unknown) => unknown)(params)).toBe(2)
    expect((column.cellClass as (p: unknown) => string[])(params)).toEqual(
      expect.arrayContaining(['lvl-2', 'src-self']),
    )
  })

  it('folds Team and Title behind the name when the view says so, the name’s tooltip then giving them', async () => {
    const { workspace, columns } = await mountColumns()
    const personColumns = () => columns.columnDefs.value.filter((c): c is ColDef<MatrixRow> => 'colId' in c)
    const hidden = () => personColumns().map((c) => [c.colId, c.hide])
    expect(hidden()).toEqual([
      ['person.name', false],
      ['person.team', false],
      ['person.title', false],
    ])
    const person = { ...workspace.data!.people[0]!, team: 'Core', title: 'Moderator', email: 'm@example.org' }
    const row = matrixRows({ ...workspace.data!, people: [person] })[0]!
    const tooltip = () => (personColumns()[0]?.tooltip as (p: unknown) => string)({ data: row })
    expect(tooltip()).toBe(`${person.name} · m@example.org`)

    useMatrixViewStore().setPersonColumnsShown(false)
    await nextTick()
    expect(hidden()).toEqual([
      ['person.name', false],
      ['person.team', true],
      ['person.title', true],
    ])
    expect(tooltip()).toBe(`${person.name} · Core · Moderator · m@example.org`)
  })
})
