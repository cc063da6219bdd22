import { afterAll, afterEach, expect } from 'vitest'
import { closeAllSessions, uncheckedProblems } from './support/session'

// Every e2e test: no request left the origin, no console error or warning, in any session it used.
// A test that provokes a message on purpose declares it with session.allowConsole(/…/).
afterEach(() => {
  expect(uncheckedProblems(), 'requests off the origin, console errors or warnings').toEqual([])
})

afterAll(async () => {
  await closeAllSessions()
  expect(uncheckedProblems(), 'requests off the origin, console errors or warnings').toEqual([])
})
