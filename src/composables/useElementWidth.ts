import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * The content width of an element, followed as it resizes; `fallback` until it is measured (and
 * where nothing can measure, as in tests). Charts lay out in CSS pixels with it, so their text
 * keeps its size on a phone instead of shrinking with a scaled viewBox.
 */
export function useElementWidth(element: Ref<HTMLElement | null>, fallback: number): Ref<number> {
  const width = ref(fallback)
  let observer: ResizeObserver | null = null
  onMounted(() => {
    const target = element.value
    if (!target || typeof ResizeObserver !== 'function') return
    observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width
      if (measured) width.value = Math.floor(measured)
    })
    observer.observe(target)
  })
  onBeforeUnmount(() => observer?.disconnect())
  return width
}
