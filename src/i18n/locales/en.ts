import common from '../en/common'
import matrix from '../en/matrix'
import coverage from '../en/coverage'
import importExportMenu from '../en/importExportMenu'
import plannerShared from '../en/plannerShared'
import { merge } from '../merge'

/** English messages the matrix page needs; page areas load with their pages (see ../areas.ts). */
export default merge(merge(merge(merge(common, matrix), coverage), importExportMenu), plannerShared)
