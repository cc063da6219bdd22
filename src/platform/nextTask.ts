/** Resolves in a task of its own, after the page had its turn (input, a paint). */
export function nextTask(): Promise<void> {
  // scheduler.yield (Chromium) is not clamped to 4 ms after a few nested timeouts, as setTimeout is.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0))
}

/** Main-thread time a slice of `runInSlices` may take: well under a 50 ms long task. */
const SLICE_MS = 12

/**
 * Runs steps to their end, handing the page a task whenever a slice has run `sliceMs`: work of
 * 0.1–1 s (an import's change at 50,000 people) without a long task, and no pause for small work.
 */
export async function runInSlices<T>(steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTask()
      sliceStart = performance.now()
    }
  }
}
