import { flushPromises, mount } from '@vue/test-utils'
import type { GridApi } from 'ag-grid-community'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import MatrixGrid from '../../src/components/matrix/MatrixGrid.vue'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import type { MatrixRow } from '../../src/grid/matrixRows'
import { useCoverageStore } from '../../src/stores/coverage'
import { useMatrixStore } from '../../src/stores/matrix'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'

afterEach(() => {
  vi.restoreAllMocks()
})

/** The grid mounted on the open workspace, once it has shown its rows. */
async function mountedGrid(pinia: Pinia) {
  const wrapper = mount(MatrixGrid, {
    props: { filterText: '', gapsOnly: false },
    attachTo: document.body,
    global: { plugins: [pinia, createAppI18n('en')] },
  })
  await vi.waitFor(() => expect(wrapper.emitted('counts')).toBeTruthy(), { timeout: 15_000 })
  await flushPromises()
  return wrapper
}

describe('MatrixGrid', () => {
  // Tests run in development mode, where the grid registers AG Grid's ValidationModule: it warns
  // about deprecated or misspelt options that the production build (and so the e2e) stays silent on.
  it('sets up AG Grid with no deprecated or invalid option', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    setDbForTests(new SkillgridDb('matrix-grid'))
    await useWorkspaceStore().init()
    const warn = vi.spyOn(console, 'warn')
    const error = vi.spyOn(console, 'error')
    const wrapper = await mountedGrid(pinia)
    expect(warn.mock.calls).toEqual([])
    expect(error.mock.calls).toEqual([])
    wrapper.unmount()
  }, 30_000)
})

describe('MatrixGrid after a cell edit (issue 16)', () => {
  async function mounted() {
    const pinia = createPinia()
    setActivePinia(pinia)
    setDbForTests(new SkillgridDb('matrix-grid-redraw'))
    const workspace = useWorkspaceStore()
    await workspace.init()
    const wrapper = await mountedGrid(pinia)
    const api = (wrapper.vm as unknown as { api: GridApi<MatrixRow> }).api
    const data = workspace.data!
    const person = (name: string) => data.people.find((p) => p.name === name)!
    const skill = (name: string) => data.skills.find((s) => s.name === name)!
    const refresh = vi.spyOn(api, 'refreshCells')
    /** The rows and columns the last refresh redrew: row ids ('pinned' for the holders row). */
    const redrawn = () => {
      const params = refresh.mock.calls.at(-1)?.[0]
      return {
        rows: params?.rowNodes?.map((node) => (node.rowPinned ? 'pinned' : node.id)).sort(),
        columns: params?.columns,
      }
    }
    return { wrapper, api, workspace, person, skill, redrawn }
  }

  it('redraws the edited row and the holders row, plus the rows a sole-holder mark leaves and reaches', async () => {
    const { wrapper, api, workspace, person, skill, redrawn } = await mounted()
    const roadmap = skill('Roadmap Development')
    const alex = person('Alex Chen')
    const maria = person('Мария Иванова')
    const soleHolder = () => useCoverageStore().actual?.bySkill.get(roadmap.id)?.soleHolderId ?? null
    expect(soleHolder()).toBeNull()

    // Alex drops below 3: Maria becomes the only holder, so her row is redrawn with its new mark.
    useMatrixStore().setLevel(alex.id, roadmap.id, 2)
    expect(soleHolder()).toBe(maria.id)
    expect(redrawn()).toEqual({ rows: [alex.id, maria.id, 'pinned'].sort(), columns: [roadmap.id] })
    const cellClass = api.getColumnDef(roadmap.id)?.cellClass as (params: unknown) => string[]
    expect(cellClass({ data: api.getRowNode(maria.id)!.data, node: api.getRowNode(maria.id) })).toContain('sole-holder')

    // An edit that moves no mark redraws its own row and the holders row only.
    useMatrixStore().setLevel(alex.id, roadmap.id, 1)
    expect(redrawn()).toEqual({ rows: [alex.id, 'pinned'].sort(), columns: [roadmap.id] })

    // Undo twice: Maria's mark goes, her row is redrawn again.
    workspace.undo()
    workspace.undo()
    expect(soleHolder()).toBeNull()
    expect(redrawn()).toEqual({ rows: [alex.id, maria.id, 'pinned'].sort(), columns: [roadmap.id] })
    expect(cellClass({ data: api.getRowNode(maria.id)!.data, node: api.getRowNode(maria.id) })).not.toContain(
      'sole-holder',
    )
    await workspace.whenSaved()
    wrapper.unmount()
  }, 30_000)
})
