/** How far to move a span [start, end] so it sits inside [margin, size - margin]; its start wins when it cannot fit. */
function shift(start: number, end: number, size: number, margin: number): number {
  if (end > size - margin) return Math.max(margin - start, size - margin - end)
  return start < margin ? margin - start : 0
}

/**
 * Moves a popup back inside the window when it sticks out: the grid places the level editor
 * within the grid, which on a short or scrolled page can reach past the window's edge.
 */
export function keepInViewport(element: HTMLElement, margin = 8): void {
  element.style.translate = ''
  const rect = element.getBoundingClientRect()
  const x = shift(rect.left, rect.right, document.documentElement.clientWidth, margin)
  const y = shift(rect.top, rect.bottom, window.innerHeight, margin)
  if (x || y) element.style.translate = `${x}px ${y}px`
}
