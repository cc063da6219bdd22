/**
 * Runs `task` once the page is idle, at the latest after `timeoutMs`; in the next task where the
 * browser has no `requestIdleCallback` (Safari, node). Work that must not compete with the first paint.
 */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(() => task(), { timeout: timeoutMs })
  else setTimeout(task, 0)
}
