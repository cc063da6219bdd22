// User ids become keys of plain objects in a few stored shapes (a role's requirements, a course's
// skills). An id such as `__proto__`, `constructor` or `toString` must be a key like any other:
// such records are built without a prototype, and read through their own keys only.

/** An id-keyed record without a prototype: assigning `record.__proto__` stores a value. */
export function idRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>
  for (const [key, value] of entries) record[key] = value
  return record
}

/** The value `record` holds for `id` itself; never one inherited from Object.prototype (`toString`). */
export function valueFor<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined
}
