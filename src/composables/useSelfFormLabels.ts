import { useI18n } from 'vue-i18n'
import type { SelfFormLabels } from '../io/selfAssessment'

/** The texts of a self-assessment form in the current language (the People message area). */
export function useSelfFormLabels() {
  const { t } = useI18n()
  return (): SelfFormLabels => ({
    title: t('selfForm.csvTitle'),
    instructions: t('selfForm.instructions'),
    workbook: {
      instructions: t('selfForm.workbook.instructions'),
      levelPrompt: t('selfForm.workbook.levelPrompt'),
      interestPrompt: t('selfForm.workbook.interestPrompt'),
      notOnList: t('selfForm.workbook.notOnList'),
    },
    scaleTitle: t('selfForm.scaleTitle'),
    interestTitle: t('selfForm.interestTitle'),
    columns: {
      name: t('selfForm.columns.name'),
      email: t('selfForm.columns.email'),
      category: t('selfForm.columns.category'),
      skill: t('selfForm.columns.skill'),
      currentLevel: t('selfForm.columns.currentLevel'),
      currentInterest: t('selfForm.columns.currentInterest'),
      yourLevel: t('selfForm.columns.yourLevel'),
      yourInterest: t('selfForm.columns.yourInterest'),
    },
  })
}
