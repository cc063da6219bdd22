/** Bytes per buffer a slab carves its arrays out of. */
const SLAB_BYTES = 1 << 20

/**
 * Many small byte arrays carved out of a few big buffers. An import of 50,000 people makes 150,000
 * rating arrays: each its own buffer, that is 150,000 allocations and as many array buffers for the
 * garbage collector to sweep, whose pauses were the import's last long tasks (issue 16). The
 * arrays share their buffers: anything that posts or stores one copies it first (the writes pack
 * them into blocks, the planner into its own buffers), never sends `array.buffer`.
 */
export class ByteSlab {
  private buffer = new Uint8Array(0)
  private used = 0

  /** A new array of `length` bytes, each `fill`. */
  filled(length: number, fill: number): Uint8Array {
    if (this.used + length > this.buffer.length) {
      this.buffer = new Uint8Array(Math.max(SLAB_BYTES, length))
      this.used = 0
    }
    const array = this.buffer.subarray(this.used, this.used + length)
    this.used += length
    if (fill !== 0) array.fill(fill)
    return array
  }

  /** A copy of `array` at least `capacity` long, the added bytes `fill`. */
  grownCopy(array: Uint8Array, capacity: number, fill: number): Uint8Array {
    const copy = this.filled(Math.max(capacity, array.length), fill)
    copy.set(array)
    return copy
  }
}
