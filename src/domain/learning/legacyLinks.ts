import { idRecord } from '../idRecord'
import { safeHref } from '../links'
import type { Id, LearningResource, LegacySkillLink } from '../types'

/** A skill's learning links as stored before the catalogue (schema v6, backups before version 3). */
export interface SkillLinks {
  skillId: Id
  links: readonly LegacySkillLink[]
}

/**
 * The resources that replace per-skill learning links: one per address (a link two skills list
 * becomes one resource about both), teaching level 0 — "about this skill", never a way to become a
 * holder, since a link says nothing of the level it brings. Free, self-paced. A link whose address
 * is not http(s) keeps its text in the note; a link with neither title nor address is dropped.
 */
export function resourcesFromLegacyLinks(
  skills: readonly SkillLinks[],
  newId: () => Id,
  firstOrder = 0,
): LearningResource[] {
  const byKey = new Map<string, LearningResource>()
  for (const { skillId, links } of skills) {
    for (const link of links) {
      const title = link.title.trim()
      const address = link.url.trim()
      if (!title && !address) continue
      const url = safeHref(address)
      const key = url ?? `${title}\u0000${address}`
      const known = byKey.get(key)
      if (known) {
        known.teaches[skillId] = 0
        continue
      }
      byKey.set(key, {
        id: newId(),
        title: { en: title || address, ru: '' },
        url,
        kind: 'link',
        language: '',
        teaches: idRecord([[skillId, 0] as const]),
        seats: null,
        costPerSeat: 0,
        costPerSession: 0,
        note: url || !address ? '' : address,
        order: firstOrder + byKey.size,
        frameworkId: '',
      })
    }
  }
  return [...byKey.values()]
}
