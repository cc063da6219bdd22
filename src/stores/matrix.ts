import { acceptHMRUpdate, defineStore } from 'pinia'
import type { CellWrite } from '../domain/changes'
import { personById } from '../domain/coverage'
import { deletePeople, setCells, updatePerson, addPerson, type PersonFields } from '../domain/edits'
import { newId } from '../domain/ids'
import { interestAt, levelAt } from '../domain/ratings'
import { INTEREST_UNSET, NOT_ASSESSED, type Interest, type Level } from '../domain/scale'
import type { Id, PersonRatings, WorkspaceData } from '../domain/types'
import { MARK_OF_INTEREST } from '../io/interestMarks'
import type { PastedBlock } from '../io/pasteCells'
import { useWorkspaceStore } from './workspace'

function cellSubject(data: WorkspaceData, personId: Id, skillId: Id): string {
  const person = personById(data.people, personId)?.name ?? ''
  const skill = data.skills.find((s) => s.id === skillId)?.name ?? ''
  return `${person} · ${skill}`
}

/** Rating and people edits: each one change, one transaction, one undo step. */
export const useMatrixStore = defineStore('matrix', () => {
  const workspace = useWorkspaceStore()

  function slotOf(data: WorkspaceData, skillId: Id): number | null {
    return data.skills.find((s) => s.id === skillId)?.slot ?? null
  }

  /** `level` null clears the cell to "not assessed". */
  function setLevel(personId: Id, skillId: Id, level: Level | null): boolean {
    return workspace.edit((data) => {
      const slot = slotOf(data, skillId)
      if (slot === null) return null
      return setCells(data, [{ personId, slot, level: level ?? NOT_ASSESSED }], cellSubject(data, personId, skillId))
    })
  }

  /** The person's own level; null clears it. The lead's level stays as it is. */
  function setSelfLevel(personId: Id, skillId: Id, level: Level | null): boolean {
    return workspace.edit((data) => {
      const slot = slotOf(data, skillId)
      if (slot === null) return null
      return setCells(data, [{ personId, slot, self: level ?? NOT_ASSESSED }], cellSubject(data, personId, skillId))
    })
  }

  /** `interest` null clears it to unset. */
  function setInterest(personId: Id, skillId: Id, interest: Interest | null): boolean {
    return workspace.edit((data) => {
      const slot = slotOf(data, skillId)
      if (slot === null) return null
      return setCells(
        data,
        [{ personId, slot, interest: interest ?? INTEREST_UNSET }],
        cellSubject(data, personId, skillId),
      )
    })
  }

  /** Many cells as one undo step (paste, fill, clear a range). */
  function setManyCells(cells: CellWrite[], subject: string): boolean {
    return workspace.edit((data) => setCells(data, cells, subject))
  }

  function addNewPerson(fields: Partial<PersonFields> & { name: string }): Id | null {
    const id = newId()
    return workspace.edit((data) => addPerson(data, fields, id)) ? id : null
  }

  function editPerson(id: Id, patch: Partial<PersonFields>): boolean {
    return workspace.edit((data) => updatePerson(data, id, patch))
  }

  function removePeople(ids: Id[]): boolean {
    return workspace.edit((data) => deletePeople(data, ids))
  }

  /** A cell as the clipboard gets it, the same form as a wide export: the level, and an interest mark after it. */
  function cellText(ratings: Pick<PersonRatings, 'levels' | 'interest'>, slot: number): string {
    const level = levelAt(ratings, slot)
    const interest = interestAt(ratings, slot)
    return `${level ?? ''}${interest !== null && level !== null ? MARK_OF_INTEREST[interest] : ''}`
  }

  /** A block pasted from Excel or Sheets, read with the workspace's level words; the reader loads with the first paste. */
  async function readPasted(text: string): Promise<PastedBlock | null> {
    const { readPastedLevels } = await import('../io/pasteCells')
    const data = workspace.data
    if (!data) return null
    const words = data.workspace.scale.flatMap((def) =>
      [def.label.en, def.label.ru].filter(Boolean).map((word) => [word, def.value] as const),
    )
    return readPastedLevels(text, { levelWords: words, interestWords: [] })
  }

  return {
    setLevel,
    setSelfLevel,
    setInterest,
    setManyCells,
    addNewPerson,
    editPerson,
    removePeople,
    cellText,
    readPasted,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useMatrixStore, import.meta.hot))
