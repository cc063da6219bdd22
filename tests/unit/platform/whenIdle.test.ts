import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenIdle } from '../../../src/platform/whenIdle'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('whenIdle', () => {
  it('hands the task to requestIdleCallback with the given timeout, and runs it only when called back', () => {
    const idle = vi.fn<(callback: () => void, options: { timeout: number }) => number>(() => 1)
    vi.stubGlobal('requestIdleCallback', idle)
    const task = vi.fn()
    whenIdle(task, 4000)
    expect(task).not.toHaveBeenCalled()
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 4000 })
    idle.mock.calls[0]?.[0]()
    expect(task).toHaveBeenCalledOnce()
  })

  it('runs the task in the next task where the browser has no requestIdleCallback', async () => {
    expect('requestIdleCallback' in globalThis).toBe(false)
    const task = vi.fn()
    whenIdle(task, 1000)
    expect(task).not.toHaveBeenCalled()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(task).toHaveBeenCalledOnce()
  })
})
