import type { Id } from '../domain/types'
import { useImportExportLoaderStore } from '../stores/importExportLoader'
import type { SelfFormFormat } from '../stores/export'
import { useSettingsStore } from '../stores/settings'
import { downloadFile } from '../components/export/download'
import { useSelfFormLabels } from './useSelfFormLabels'

/** The form for everyone: the route parameter of the printable page too. */
export const EVERYONE = 'all'

/** Downloads the self-assessment form of one person, or everyone's as a zip, as CSV or a workbook, in the current language. */
export function useSelfFormDownload() {
  const loader = useImportExportLoaderStore()
  const settings = useSettingsStore()
  const labels = useSelfFormLabels()

  return async function download(who: Id, format: SelfFormFormat, showCurrentLevel: boolean) {
    const exports = await loader.exportStore()
    const file =
      who === EVERYONE
        ? await exports.selfAssessmentZip(labels(), settings.locale, showCurrentLevel, format)
        : format === 'xlsx'
          ? await exports.selfAssessmentWorkbookFile(who, labels(), settings.locale, showCurrentLevel)
          : exports.selfAssessmentFile(who, labels(), settings.locale, showCurrentLevel)
    if (file) downloadFile(file)
  }
}
