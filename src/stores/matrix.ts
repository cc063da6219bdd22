import { acceptHMRUpdate, defineStore } from 'pinia'
import type { CellWrite } from '../domain/changes'
import { deletePeople, setCells, updatePerson, addPerson, type PersonFields } from '../domain/edits'
import { newId } from '../domain/ids'
import { INTEREST_UNSET, NOT_ASSESSED, type Interest, type Level } from '../domain/scale'
import type { Id, WorkspaceData } from '../domain/types'
import { useWorkspaceStore } from './workspace'

function cellSubject(data: WorkspaceData, personId: Id, skillId: Id): string {
  const person = data.people.find((p) => p.id === personId)?.name ?? ''
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
      return setCells(data, [{ personId, slot, interest: interest ?? INTEREST_UNSET }], cellSubject(data, personId, skillId))
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

  return { setLevel, setSelfLevel, setInterest, setManyCells, addNewPerson, editPerson, removePeople }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useMatrixStore, import.meta.hot))
