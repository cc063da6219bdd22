import common from '../ru/common'
import matrix from '../ru/matrix'
import coverage from '../ru/coverage'
import importExportMenu from '../ru/importExportMenu'
import plannerShared from '../ru/plannerShared'
import { merge } from '../merge'

/** Russian messages the matrix page needs; page areas load with their pages (see ../areas.ts). */
export default merge(merge(merge(merge(common, matrix), coverage), importExportMenu), plannerShared)
