import { afterEach, describe, expect, it, vi } from 'vitest'
import { currentRoute, parseLocation, resolveHash, syncLocation } from '../../src/router/location'
import { matchRoute } from '../../src/router/routes'

describe('matchRoute', () => {
  it.each(['/matrix', '/skills', '/coverage', '/people', '/plan', '/roles'])('matches the page %s', (path) => {
    expect(matchRoute(path)?.route.pattern).toBe(path)
  })

  it('decodes a skill id parameter', () => {
    expect(matchRoute('/skills/a%20b')).toMatchObject({
      route: { pattern: '/skills/:skillId' },
      params: { skillId: 'a b' },
    })
  })

  it.each(['/', '/unknown', '/skills/a/b', '/matrix/x'])(
    'matches nothing for %s (the app then goes to the matrix)',
    (path) => {
      expect(matchRoute(path)).toBeNull()
    },
  )
})

describe('parseLocation', () => {
  it.each([
    ['/plan', { path: '/plan', query: {} }],
    ['/plan?x=1', { path: '/plan', query: { x: '1' } }],
    ['/skills/abc?tab=learning&q=a%20b', { path: '/skills/abc', query: { tab: 'learning', q: 'a b' } }],
    ['/plan?', { path: '/plan', query: {} }],
  ])('splits %s into path and query', (text, expected) => {
    expect(parseLocation(text)).toEqual(expected)
  })
})

describe('resolveHash', () => {
  it('resolves #/plan?x=1 to the plan route and keeps the query', () => {
    expect(resolveHash('#/plan?x=1')).toMatchObject({
      path: '/plan',
      query: { x: '1' },
      route: { pattern: '/plan' },
      params: {},
    })
  })

  it('resolves a path parameter with a query', () => {
    expect(resolveHash('#/skills/a%20b?from=plan')).toMatchObject({
      path: '/skills/a%20b',
      query: { from: 'plan' },
      params: { skillId: 'a b' },
    })
  })

  it.each(['', '#', '#matrix', '#?x=1'])('takes %j for the matrix', (hash) => {
    expect(resolveHash(hash)).toMatchObject({ path: '/matrix', route: { pattern: '/matrix' } })
  })

  it.each(['#/unknown', '#/unknown?x=1', '#/matrix/x'])('resolves nothing for %s', (hash) => {
    expect(resolveHash(hash)).toBeNull()
  })
})

describe('syncLocation', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  const stubLocation = (hash: string) => {
    const replaceState = vi.fn()
    vi.stubGlobal('location', { hash })
    vi.stubGlobal('history', { state: null, replaceState })
    return replaceState
  }

  it('exposes the path and query of the location hash', () => {
    const replaceState = stubLocation('#/plan?x=1')
    syncLocation()
    expect(currentRoute.value).toEqual({ path: '/plan', query: { x: '1' } })
    expect(replaceState).not.toHaveBeenCalled()
  })

  it('replaces an unknown path by the matrix without a history entry', () => {
    const replaceState = stubLocation('#/unknown?x=1')
    syncLocation()
    expect(currentRoute.value).toEqual({ path: '/matrix', query: {} })
    expect(replaceState).toHaveBeenCalledWith(null, '', '#/matrix')
  })
})
