import type { Id, LearningResource } from '../types'

/** The resources of a catalogue that teach a skill (to any level). */
export function resourcesTeaching(resources: readonly LearningResource[], skillId: Id): LearningResource[] {
  return resources.filter((resource) => Object.hasOwn(resource.teaches, skillId))
}
