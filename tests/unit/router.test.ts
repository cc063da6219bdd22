import { describe, expect, it } from 'vitest'
import { matchRoute } from '../../src/router/index'

describe('matchRoute', () => {
  it.each(['/matrix', '/skills', '/coverage', '/people', '/plan', '/roles'])('matches the page %s', (path) => {
    expect(matchRoute(path)?.route.pattern).toBe(path)
  })

  it('decodes a skill id parameter', () => {
    expect(matchRoute('/skills/a%20b')).toMatchObject({ route: { pattern: '/skills/:skillId' }, params: { skillId: 'a b' } })
  })

  it.each(['/', '/unknown', '/skills/a/b', '/matrix/x'])('matches nothing for %s (the app then goes to the matrix)', (path) => {
    expect(matchRoute(path)).toBeNull()
  })
})
