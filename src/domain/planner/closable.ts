import type { SkillNeed, TrainingCandidate } from './candidates'

/**
 * Most need any plan can close with no budget and no hire limit: skills some role covers can
 * always be closed by hiring; for the others it is a maximum flow
 * (people with K trainings each → their candidate skills → each skill's need).
 */
export function closableNeed(
  needs: readonly SkillNeed[],
  hireable: ReadonlySet<number>,
  candidates: readonly TrainingCandidate[],
  maxPerPerson: number,
): number {
  let closable = 0
  const trainOnly = new Map<number, number>()
  for (const n of needs) {
    if (n.need <= 0) continue
    if (hireable.has(n.skillIndex)) closable += n.need
    else trainOnly.set(n.skillIndex, n.need)
  }
  if (!trainOnly.size || maxPerPerson < 1) return closable
  return closable + maxTrainingFlow(trainOnly, candidates.filter((c) => trainOnly.has(c.skillIndex)), maxPerPerson)
}

/** Augmenting paths (BFS) on person → skill edges: small flows (≤ total need), so this is quick. */
function maxTrainingFlow(need: ReadonlyMap<number, number>, edges: readonly TrainingCandidate[], maxPerPerson: number): number {
  const people = [...new Set(edges.map((e) => e.personIndex))]
  const skillsOf = new Map<number, number[]>()
  for (const e of edges) skillsOf.set(e.personIndex, [...(skillsOf.get(e.personIndex) ?? []), e.skillIndex])
  // Current assignment: who is trained in each skill.
  const assigned = new Map<number, number[]>()
  const load = new Map<number, number>()
  const used = new Set<string>()
  let flow = 0
  for (;;) {
    // BFS from people with spare capacity through skills; a skill with spare need ends the path.
    const parentOfSkill = new Map<number, number>()
    const parentOfPerson = new Map<number, number>()
    const queue = people.filter((p) => (load.get(p) ?? 0) < maxPerPerson)
    const seenPeople = new Set(queue)
    let end: number | null = null
    for (let head = 0; head < queue.length && end === null; head++) {
      const person = queue[head] as number
      for (const skill of skillsOf.get(person) ?? []) {
        if (parentOfSkill.has(skill) || used.has(`${person}:${skill}`)) continue
        parentOfSkill.set(skill, person)
        const holders = assigned.get(skill) ?? []
        if (holders.length < (need.get(skill) ?? 0)) {
          end = skill
          break
        }
        for (const other of holders) {
          if (seenPeople.has(other)) continue
          seenPeople.add(other)
          parentOfPerson.set(other, skill)
          queue.push(other)
        }
      }
    }
    if (end === null) return flow
    // Walk back: each person on the path moves from the skill it held to the next one.
    let skill: number | undefined = end
    while (skill !== undefined) {
      const person = parentOfSkill.get(skill) as number
      assigned.set(skill, [...(assigned.get(skill) ?? []), person])
      used.add(`${person}:${skill}`)
      const previous = parentOfPerson.get(person)
      if (previous === undefined) {
        load.set(person, (load.get(person) ?? 0) + 1)
        skill = undefined
      } else {
        assigned.set(previous, (assigned.get(previous) ?? []).filter((p) => p !== person))
        used.delete(`${person}:${previous}`)
        skill = previous
      }
    }
    flow++
  }
}
