// The bounds every door checks alike: an edit, a CSV import, a backup restore and a record read
// from IndexedDB (domain/validate/records.ts uses them, and so do domain/edits).

/** The most people a skill's target can ask for: no team Skillgrid is built for has more. */
export const MAX_TARGET_PEOPLE = 1000

/**
 * The most skill slots a workspace gives out (its `nextSlot` never exceeds it). Every person's
 * packed levels, self levels and interest hold one byte per slot, so 5,000 people at this bound
 * are 150 MB in memory; a slot counter near 2^31 made the next import allocate gigabytes.
 */
export const MAX_SLOTS = 10_000

/** The most seats a session of a learning resource has. */
export const MAX_SEATS = 10_000

/** The largest cost the app takes anywhere (a hire, a training step, a seat, a session). */
export const MAX_COST = 1_000_000

/** The most mentees one mentor can be given: a bound for the cost model at every door. */
export const MAX_MENTEES = 100
