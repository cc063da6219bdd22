/**
 * Runs `task` once the page is idle, at the latest after `timeoutMs`; at once where the browser
 * has no `requestIdleCallback` (and in node). Work that must not compete with the first paint.
 */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(() => task(), { timeout: timeoutMs })
  else task()
}
