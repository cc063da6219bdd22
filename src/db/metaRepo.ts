import type { SkillgridDb } from './db'

export async function readMeta(db: SkillgridDb, key: string): Promise<unknown> {
  return (await db.meta.get(key))?.value
}

export async function writeMeta(db: SkillgridDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value })
}
