/** Finds the same person twice: same email, or same name where one of the two has no email. */
export class PersonIndex {
  private byEmail = new Map<string, number>()
  private byName = new Map<string, number>()
  private byNameWithoutEmail = new Map<string, number>()

  /** The index an earlier entry got, or undefined; `add` registers a new one. `key` is the name's nameKey. */
  find(key: string, email: string): number | undefined {
    if (email) return this.byEmail.get(email) ?? this.byNameWithoutEmail.get(key)
    return this.byName.get(key)
  }

  add(key: string, email: string, value: number) {
    if (email) this.byEmail.set(email, value)
    else if (!this.byNameWithoutEmail.has(key)) this.byNameWithoutEmail.set(key, value)
    if (!this.byName.has(key)) this.byName.set(key, value)
  }
}
