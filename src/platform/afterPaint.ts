/**
 * Runs `task` in a task of its own right after the next frame is painted; in the next task where
 * there are no frames (node). Work that should follow at once, but not hold up what is on screen.
 */
export function afterPaint(task: () => void): void {
  if ('requestAnimationFrame' in globalThis) requestAnimationFrame(() => setTimeout(task, 0))
  else setTimeout(task, 0)
}
