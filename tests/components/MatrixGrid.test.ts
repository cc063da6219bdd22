import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import MatrixGrid from '../../src/components/matrix/MatrixGrid.vue'
import { SkillgridDb, setDbForTests } from '../../src/db/db'
import { useWorkspaceStore } from '../../src/stores/workspace'
import { createAppI18n } from '../fixtures/i18n'

afterEach(() => {
  vi.restoreAllMocks()
})

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
    const wrapper = mount(MatrixGrid, {
      props: { filterText: '', gapsOnly: false },
      attachTo: document.body,
      global: { plugins: [pinia, createAppI18n('en')] },
    })
    await vi.waitFor(() => expect(wrapper.emitted('counts')).toBeTruthy(), { timeout: 15_000 })
    await flushPromises()
    expect(warn.mock.calls).toEqual([])
    expect(error.mock.calls).toEqual([])
    wrapper.unmount()
  }, 30_000)
})
