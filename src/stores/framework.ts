import frameworkJson from '../assets/community-skills-framework.json'
import catalogueJson from '../assets/learning-resources.json'
import { parseFramework, type Framework } from '../domain/framework'
import { MENTORING_DEFAULTS, type CostModel } from '../domain/types'

let parsed: Framework | null = null

/** The bundled Community Skills Framework with its learning catalogue, validated once. */
export function bundledFramework(): Framework {
  parsed ??= parseFramework(frameworkJson, catalogueJson)
  return parsed
}

/** The cost model a new workspace starts with: the framework's costs and the mentoring defaults. */
export function defaultCostModel(): CostModel {
  return { ...MENTORING_DEFAULTS, ...bundledFramework().costModel }
}
