/** `value` kept within [min, max]; `min` wins when the range is empty (the element is larger than the window). */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max))
}

/**
 * Pins a popup inside the window when it sticks out: the grid places the level editor within
 * the grid, which on a short or scrolled page reaches past the window's edge, and clips what
 * lies outside the grid. Fixed, the editor escapes both.
 */
export function keepInViewport(element: HTMLElement, margin = 8): void {
  const rect = element.getBoundingClientRect()
  const left = clamp(rect.left, margin, document.documentElement.clientWidth - margin - rect.width)
  const top = clamp(rect.top, margin, window.innerHeight - margin - rect.height)
  if (left === rect.left && top === rect.top) return
  Object.assign(element.style, { position: 'fixed', left: `${left}px`, top: `${top}px`, zIndex: '100' })
}
