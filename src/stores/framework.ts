import frameworkJson from '../assets/community-skills-framework.json'
import catalogueJson from '../assets/learning-resources.json'
import { parseFramework, type Framework } from '../domain/framework'

let parsed: Framework | null = null

/** The bundled Community Skills Framework with its learning catalogue, validated once. */
export function bundledFramework(): Framework {
  parsed ??= parseFramework(frameworkJson, catalogueJson)
  return parsed
}
