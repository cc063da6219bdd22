import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { PlanAction, PlanResult, UnclosedReason } from '../domain/planner/types'
import { interestLabel, levelDef, type Interest, type Level } from '../domain/scale'
import { displayName, pickText, type Locale, type LocalText } from '../domain/text'
import type { Id } from '../domain/types'
import { useWorkspaceStore } from '../stores/workspace'

/** Names, levels and reasons of a plan in the current language, built from message keys. */
export function usePlanText() {
  const workspace = useWorkspaceStore()
  const { t, n, locale } = useI18n()
  // The language of the messages, so names and sentences always match.
  const language = computed<Locale>(() => (locale.value === 'ru' ? 'ru' : 'en'))

  const skills = computed(() => new Map((workspace.data?.skills ?? []).map((s) => [s.id, s])))
  const people = computed(() => new Map((workspace.data?.people ?? []).map((p) => [p.id, p])))
  const roles = computed(() => new Map((workspace.data?.roles ?? []).map((r) => [r.id, r])))

  const named = (entity: { name: string; nameRu: string } | undefined) =>
    entity ? displayName(entity, language.value) : t('plan.deleted')
  const skillName = (id: Id) => named(skills.value.get(id))
  const roleName = (id: Id) => named(roles.value.get(id))
  const personName = (id: Id) => people.value.get(id)?.name ?? t('plan.deleted')
  const local = (text: LocalText) => pickText(text, language.value)

  function levelText(level: number | null): string {
    const scale = workspace.data?.workspace.scale ?? []
    if (level === null) return t('plan.notAssessed')
    return `${level} · ${pickText(levelDef(scale, level as Level).label, language.value)}`
  }

  function interestText(interest: Interest | null): string {
    if (interest === null) return t('plan.interestUnset')
    return interestLabel(workspace.data?.workspace.interestScale ?? [], interest, language.value)
  }

  function actionTitle(action: PlanAction): string {
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
        return t('plan.actions.course', {
          resource: action.resourceId,
          people: action.attendees.map((a) => personName(a.personId)).join(', '),
        })
      case 'hire':
        return t('plan.actions.hire', { role: roleName(action.roleId) })
    }
  }

  function actionReason(action: PlanAction): string {
    if (action.kind === 'hire') {
      const list = action.closes
        .map((c) => t('plan.reason.hireSkill', { skill: skillName(c.skillId), need: c.need }))
        .join(', ')
      return t('plan.reason.hire', { skills: list })
    }
    if (action.kind === 'course')
      return action.holders
        .map((h) => t('plan.reason.courseHolders', { count: h.count, skill: skillName(h.skillId) }))
        .join('; ')
    const person = personName(action.personId)
    const closes = action.closes.map((c) =>
      t('plan.reason.closesPlural', { skill: skillName(c.skillId), need: c.need }, c.need),
    )
    const wish = action.interest === 2 ? 'wantsToGrow' : action.interest === 1 ? 'open' : 'notAsked'
    const how = action.kind === 'train' && action.noCourse && action.noMentor ? [t('plan.reason.noCourseNoMentor')] : []
    const unknown = action.levelUnknown ? [t('plan.reason.levelUnknown', { person })] : []
    return [...closes, t(`plan.reason.${wish}`, { person }), ...how, ...unknown].join('; ')
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
    local,
    levelText,
    interestText,
    actionTitle,
    actionReason,
    unclosedText,
    statusText,
  }
}
