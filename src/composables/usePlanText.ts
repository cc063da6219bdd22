import { computed } from 'vue'
import { useI18n, type Composer } from 'vue-i18n'
import type { ShownAction } from '../domain/planner/shownActions'
import type { ClosedNeed, CourseAction, PlanResult, UnclosedReason } from '../domain/planner/types'
import { interestLabel, levelDef, type Interest, type Level } from '../domain/scale'
import { displayName, pickText, type Locale, type LocalText } from '../domain/text'
import type { Id, Resilience, WorkspaceData } from '../domain/types'
import { usePlanStore } from '../stores/plan'
import { useWorkspaceStore } from '../stores/workspace'

const byId = <T extends { id: Id }>(now: readonly T[] = [], then: readonly T[] = []) =>
  new Map([...then, ...now].map((item) => [item.id, item]))

/** What the plan's texts are made from: the two stores and the messages of the current language. */
export interface PlanTextSources {
  workspace: Pick<ReturnType<typeof useWorkspaceStore>, 'data'>
  plan: Pick<ReturnType<typeof usePlanStore>, 'resultSource'>
  i18n: { t: Composer['t']; n: Composer['n']; locale: { readonly value: string } }
}

/** Names, levels and reasons of a plan in the current language, built from message keys. */
export function usePlanText() {
  return createPlanText({ workspace: useWorkspaceStore(), plan: usePlanStore(), i18n: useI18n() })
}

/** usePlanText outside a component's setup (the workbook's Plan sheet, loaded on export). */
export function createPlanText({ workspace, plan, i18n }: PlanTextSources) {
  const { t, n, locale } = i18n
  // The language of the messages, so names and sentences always match.
  const language = computed<Locale>(() => (locale.value === 'ru' ? 'ru' : 'en'))

  // What was deleted since the plan was made is still named as it was then.
  const lookup = <T extends { id: Id }>(pick: (data: WorkspaceData) => readonly T[]) =>
    computed(() => {
      const now = workspace.data
      const then = plan.resultSource
      return byId(now ? pick(now) : [], then && then !== now ? pick(then) : [])
    })
  const skills = lookup((d) => d.skills)
  const people = lookup((d) => d.people)
  const roles = lookup((d) => d.roles)
  const resources = lookup((d) => d.resources ?? [])

  const named = (entity: { name: string; nameRu: string } | undefined) =>
    entity ? displayName(entity, language.value) : t('plan.deleted')
  const skillName = (id: Id) => named(skills.value.get(id))
  const roleName = (id: Id) => named(roles.value.get(id))
  const personName = (id: Id) => people.value.get(id)?.name ?? t('plan.deleted')
  const local = (text: LocalText) => pickText(text, language.value)
  const resourceTitle = (id: Id) => {
    const resource = resources.value.get(id)
    return resource ? local(resource.title) : t('plan.deletedResource')
  }

  /** "Alex", "Alex and Emily", "Alex, Emily and Igor". */
  function listText(items: readonly string[]): string {
    if (items.length < 2) return items[0] ?? ''
    return t('plan.list.and', { rest: items.slice(0, -1).join(', '), last: items.at(-1) ?? '' })
  }

  function levelText(level: number | null): string {
    const scale = workspace.data?.workspace.scale ?? []
    if (level === null) return t('plan.notAssessed')
    return `${level} · ${pickText(levelDef(scale, level as Level).label, language.value)}`
  }

  function interestText(interest: Interest | null): string {
    if (interest === null) return t('plan.interestUnset')
    return interestLabel(workspace.data?.workspace.interestScale ?? [], interest, language.value)
  }

  const resilienceText = (mode: Resilience) => t(`plan.resilience.${mode}.label`)

  /** How often a course runs: "once", "3 times". */
  const timesText = (sessions: number) =>
    sessions === 1 ? t('plan.actions.once') : t('plan.actions.timesPlural', { n: sessions }, sessions)

  function courseTitle(action: CourseAction, people: string): string {
    const resource = resourceTitle(action.resourceId)
    if (action.sessions === null) return t('plan.actions.courseSelfPaced', { resource, people })
    return t('plan.actions.course', { resource, times: timesText(action.sessions), people })
  }

  function actionTitle(action: ShownAction): string {
    switch (action.kind) {
      case 'train':
        return t('plan.actions.train', { person: personName(action.personId), skill: skillName(action.skillId) })
      case 'mentor':
        return t('plan.actions.mentor', {
          mentor: personName(action.mentorId),
          person: personName(action.personId),
          skill: skillName(action.skillId),
        })
      case 'course':
        return courseTitle(action, listText(action.attendees.map((a) => personName(a.personId))))
      case 'hire':
        return action.count > 1
          ? t('plan.actions.hireMany', { count: action.count, role: roleName(action.roleId) })
          : t('plan.actions.hire', { role: roleName(action.roleId) })
    }
  }

  /** "12 seats", "2 sessions × 12 seats"; null for a self-paced resource. */
  function seatsText(action: CourseAction): string | null {
    if (action.sessions === null || action.seats === null) return null
    if (action.sessions === 1) return t('plan.actions.seats', { seats: action.seats })
    return t('plan.actions.sessionsSeats', { sessions: action.sessions, seats: action.seats })
  }

  /** "makes 3 holders of Moderation and 2 of Facilitating connections". */
  function courseHolders(action: CourseAction): string {
    const [first, ...more] = action.holders
    if (!first) return ''
    return listText([
      t('plan.reason.courseHoldersPlural', { count: first.count, skill: skillName(first.skillId) }, first.count),
      ...more.map((h) => t('plan.reason.courseMore', { count: h.count, skill: skillName(h.skillId) })),
    ])
  }

  /** Per attendee whose level is not known: "the level of Alex in Moderation is not known: ask them first". */
  function courseUnknown(action: CourseAction): string[] {
    return action.attendees
      .filter((a) => a.levelUnknown.length)
      .map((a) =>
        t('plan.reason.levelUnknownIn', {
          person: personName(a.personId),
          skills: listText(a.levelUnknown.map(skillName)),
        }),
      )
  }

  /** Closed needs summed per skill: "Moderation (2 of 2), SEO (1 of 1)". */
  function closedPerSkill(closes: readonly ClosedNeed[]): string {
    const counts = new Map<Id, { need: number; count: number }>()
    for (const c of closes) {
      const entry = counts.get(c.skillId) ?? { need: c.need, count: 0 }
      entry.count++
      counts.set(c.skillId, entry)
    }
    return [...counts]
      .map(([skillId, { need, count }]) => t('plan.reason.hireSkill', { skill: skillName(skillId), count, need }))
      .join(', ')
  }

  function actionReason(action: ShownAction): string {
    if (action.kind === 'hire') return t('plan.reason.hire', { skills: closedPerSkill(action.closes) })
    if (action.kind === 'course') return [courseHolders(action), ...courseUnknown(action)].join('; ')
    const person = personName(action.personId)
    const closes = action.closes.map((c) =>
      t('plan.reason.closesPlural', { skill: skillName(c.skillId), need: c.need }, c.need),
    )
    const wish = action.interest === 2 ? 'wantsToGrow' : action.interest === 1 ? 'open' : 'notAsked'
    const how = action.kind === 'train' && action.noCourse && action.noMentor ? [t('plan.reason.noCourseNoMentor')] : []
    const unknown = action.levelUnknown ? [t('plan.reason.levelUnknown', { person })] : []
    return [...closes, t(`plan.reason.${wish}`, { person }), ...how, ...unknown].join('; ')
  }

  /** True when the action's person (or an attendee) has no known level in what they learn: ask first. */
  function asksFirst(action: ShownAction): boolean {
    if (action.kind === 'train' || action.kind === 'mentor') return action.levelUnknown
    if (action.kind === 'course') return action.attendees.some((a) => a.levelUnknown.length > 0)
    return false
  }

  function unclosedText(reason: UnclosedReason): string {
    const { code, ...params } = reason
    return t(`plan.open.reasons.${code}`, params)
  }

  function statusText(result: PlanResult): string {
    if (result.status !== 'approximate') return t(`plan.status.${result.status}`)
    const { gap, timeLimitSeconds } = result.stats
    const limits = { gap: n(gap ?? 0, 'percentTenths'), seconds: n(timeLimitSeconds ?? 0, 'integer') }
    return t('plan.status.approximate', { reason: t(result.fallbackReason ?? 'plan.fallback.stoppedEarly', limits) })
  }

  return {
    skillName,
    roleName,
    personName,
    resourceTitle,
    local,
    listText,
    levelText,
    interestText,
    resilienceText,
    actionTitle,
    seatsText,
    timesText,
    courseTitle,
    actionReason,
    asksFirst,
    unclosedText,
    statusText,
  }
}
