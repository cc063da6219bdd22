import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { currentRoute } from '../../src/router/location'
import RouterLink from '../../src/router/RouterLink'

describe('RouterLink', () => {
  afterEach(() => {
    currentRoute.value = { path: '/matrix', query: {} }
  })

  it.each([
    ['/plan', '/plan', true, true],
    ['/skills', '/skills/abc', true, false],
    ['/plan?x=1', '/plan', true, true],
    ['/skills', '/skillset', false, false],
  ])('to %s on %s: active %s, exact %s', (to, path, active, exact) => {
    currentRoute.value = { path, query: {} }
    const link = mount(RouterLink, { props: { to }, slots: { default: () => 'Go' } })
    expect(link.attributes('href')).toBe(`#${to}`)
    expect(link.classes('router-link-active')).toBe(active)
    expect(link.classes('router-link-exact-active')).toBe(exact)
    expect(link.attributes('aria-current')).toBe(exact ? 'page' : undefined)
  })
})
