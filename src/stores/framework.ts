import frameworkJson from '../assets/community-skills-framework.json'
import { parseFramework, type Framework } from '../domain/framework'

let parsed: Framework | null = null

/** The bundled Community Skills Framework, validated once. */
export function bundledFramework(): Framework {
  parsed ??= parseFramework(frameworkJson)
  return parsed
}
