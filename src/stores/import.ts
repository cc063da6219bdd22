import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { importChangeSteps } from '../domain/import/buildImportChange'
import type { ImportMode, SkillChoice } from '../domain/import/importSource'
import { resolveImport, type ImportResolution, type SkillResolution } from '../domain/import/resolveImport'
import { skillSuggestions } from '../domain/import/skillWords'
import { nameKey } from '../domain/text'
import { newId } from '../domain/ids'
import type { Id, Skill, WorkspaceData } from '../domain/types'
import { useHistoryStore } from './history'
import type { ImportEngine } from '../io/importEngine'
import { lowestValueFor, SOURCE_SCALES } from '../io/levels'
import { MAX_IMPORT_BYTES } from '../io/limits'
import { draftIsCommittable } from '../io/import/draftStatus'
import type { ImportProgress } from '../io/importSession'
import {
  DELIMITERS,
  LONG_ROLES,
  TEXT_ENCODINGS,
  WIDE_ROLES,
  type ColumnRole,
  type Delimiter,
  type DraftContext,
  type DraftOptions,
  type ImportDraft,
  type ImportFormat,
  type ReadOptions,
  type SourceScaleId,
  type TextEncodingName,
} from '../io/types'
import { createPreviewChanges } from './import/previewChanges'
import { useNoticeStore } from './notices'
import { useWorkspaceStore } from './workspace'

export type ImportPhase = 'idle' | 'reading' | 'preview' | 'committing' | 'failed'

/** What the wizard's choices offer: the file's encoding, delimiter and source scale. */
const SCALE_IDS = Object.keys(SOURCE_SCALES) as SourceScaleId[]

/** The workspace's own scale labels also count as level and interest words on import. */
function draftContext(data: WorkspaceData | null): DraftContext {
  const scale = data?.workspace.scale ?? []
  const interest = data?.workspace.interestScale ?? []
  return {
    levelWords: scale.flatMap((def) => [[def.label.en, def.value] as const, [def.label.ru, def.value] as const]),
    interestWords: interest.flatMap((def) => [[def.label.en, def.value] as const, [def.label.ru, def.value] as const]),
    skillNames: (data?.skills ?? []).flatMap((skill) => [skill.name, skill.nameRu, ...skill.aliases]),
  }
}

/** A skill of the file (a wide file's column, or a skill a long file names) and what the import does with it. */
export interface FileSkill {
  /** `nameKey` of its name: the key of the lead's choice. */
  key: string
  name: string
  /** Its column in a wide file, -1 in a long one. */
  column: number
  /** Null when a wide file's column is set to Ignore. */
  resolution: SkillResolution | null
  suggestion: Skill | null
}

/** What a file's skill goes to: a stored skill's id, 'new' or 'ignore'. */
export function choiceOf(skill: FileSkill): string {
  const resolved = skill.resolution
  if (!resolved || resolved.ignored) return 'ignore'
  return resolved.existing ? resolved.existing.id : 'new'
}

/** The import wizard: read → preview → one committed change. */
export const useImportStore = defineStore('import', () => {
  const workspace = useWorkspaceStore()
  const notices = useNoticeStore()

  const phase = ref<ImportPhase>('idle')
  const fileName = ref('')
  const progress = ref<ImportProgress | null>(null)
  const readOptions = ref<ReadOptions>({})
  const draftOptions = ref<DraftOptions>({})
  const mode = ref<ImportMode>('merge')
  const draft = shallowRef<ImportDraft | null>(null)
  /** Message key of what went wrong while reading or saving. */
  const failure = ref<string | null>(null)
  const failureParams = ref<Record<string, string | number>>({})
  const engineKind = ref<ImportEngine['kind'] | null>(null)
  /** The lead's mapping of the file's skills, by `nameKey` of their name; the rest match by name. */
  const skillChoices = shallowRef<ReadonlyMap<string, SkillChoice>>(new Map())
  /** Skills the last committed import added and the stored ones it matched: the matrix scrolls to the first. */
  const lastImportedSkills = shallowRef<{ added: Id[]; matched: Id[] } | null>(null)
  let engine: ImportEngine | null = null
  /** Bumped by every reset, so an open or a draft that outlives a cancel is dropped. */
  let generation = 0

  // While the import is being saved the preview stays as it was: the data already holds the
  // import, and working the preview out again against it would only delay the write.
  // A wide file's column is left out by its role (Ignore), so its bad cells block nothing.
  const activeChoices = computed<ReadonlyMap<string, SkillChoice>>(() =>
    draft.value?.format === 'wide'
      ? new Map([...skillChoices.value].filter(([, choice]) => choice.kind !== 'ignore'))
      : skillChoices.value,
  )
  const resolution = computed<ImportResolution | null>((previous) => {
    if (phase.value === 'committing') return previous ?? null
    return draft.value && workspace.data
      ? resolveImport(workspace.data, draft.value, mode.value, activeChoices.value)
      : null
  })
  /** Every skill of the file with what happens to it and a suggested stored skill, in file order. */
  const fileSkills = computed<FileSkill[]>(() => {
    const current = draft.value
    const resolved = resolution.value
    const data = workspace.data
    if (!current || !resolved || !data) return []
    const suggested = skillSuggestions(resolved.skills, data.skills)
    const listed = current.skills.map((skill, i) => ({
      key: nameKey(skill.name),
      name: skill.name,
      column: skill.column,
      resolution: resolved.skills[i] ?? null,
      suggestion: suggested[i] ?? null,
    }))
    if (current.format !== 'wide') return listed
    const ignored = current.columns
      .filter((c) => c.role === 'ignore' && c.detectedRole === 'skill')
      .map((c) => ({ key: nameKey(c.header), name: c.header, column: c.index, resolution: null, suggestion: null }))
    return [...listed, ...ignored].sort((a, b) => a.column - b.column)
  })
  /** Every rating of a stored person the import would change, by person (what the preview lists). */
  const previewChanges = createPreviewChanges({
    draft,
    data: () => workspace.data,
    mode,
    choices: activeChoices,
    resolution,
  })
  const { changes, pending: changesPending } = previewChanges
  /** Works the preview's list of changes out for the import as it is now; resolves once it is listed. */
  const listChanges = () => previewChanges.refresh()
  /** Person id → slots whose change the user declined; everything else is accepted. */
  const rejected = shallowRef<ReadonlyMap<Id, ReadonlySet<number>>>(new Map())
  const canCommit = computed(
    () =>
      phase.value === 'preview' &&
      draft.value !== null &&
      draftIsCommittable(draft.value) &&
      (resolution.value?.conflicts.length ?? 1) === 0,
  )

  /** The roles a column of this draft can take. */
  const columnRoles = computed(() => (draft.value?.format === 'wide' ? WIDE_ROLES : LONG_ROLES))
  /** With a source scale applied: from which value of it each level 0–4 starts, and how many cells got it. */
  const scaleRules = computed(() => {
    const applied = draft.value?.appliedScale
    if (!applied || !draft.value) return []
    const counts = draft.value.levelCounts
    return [0, 1, 2, 3, 4].map((level) => ({
      level,
      from: Math.round(lowestValueFor(level, applied) * 100) / 100,
      count: counts[level] ?? 0,
    }))
  })

  /** Plain copies: reactive proxies cannot be posted to the worker. */
  function request() {
    const read: ReadOptions = {}
    if (readOptions.value.encoding) read.encoding = readOptions.value.encoding
    if (readOptions.value.delimiter) read.delimiter = readOptions.value.delimiter
    if (readOptions.value.sheet) read.sheet = readOptions.value.sheet
    const options: DraftOptions = {
      scale: draftOptions.value.scale ?? null,
      skipProblemRows: draftOptions.value.skipProblemRows ?? false,
      blankBadCells: draftOptions.value.blankBadCells ?? false,
      keepSummaryRows: [...(draftOptions.value.keepSummaryRows ?? [])],
    }
    if (draftOptions.value.format) options.format = draftOptions.value.format
    if (draftOptions.value.columns) options.columns = [...draftOptions.value.columns]
    return { read, draft: options, context: draftContext(workspace.data) }
  }

  async function redraft() {
    const current = engine
    if (!current) return
    phase.value = 'reading'
    failure.value = null
    failureParams.value = {}
    try {
      const next = await current.run(request(), (step) => (progress.value = step))
      // Cancelled or another file opened meanwhile: this draft is nobody's.
      if (engine !== current) return
      draft.value = next
      // Choices were about the cells of the last draft; a self-assessment always merges.
      rejected.value = new Map()
      if (next.format === 'self') mode.value = 'merge'
      // The preview shows once it can list what would change (still "reading": compared in slices).
      progress.value = { stage: 'compare', fraction: 1 }
      await previewChanges.refresh()
      if (engine !== current) return
      phase.value = 'preview'
    } catch (error) {
      if (error instanceof Error && error.name === 'SupersededError') return
      console.error('Skillgrid could not read the file:', error)
      failure.value = 'importExport.readFailed'
      phase.value = 'failed'
    } finally {
      progress.value = null
    }
  }

  function isAccepted(personId: Id, slot: number): boolean {
    return !rejected.value.get(personId)?.has(slot)
  }

  function setAccepted(personId: Id, slots: readonly number[], accepted: boolean) {
    const next = new Map(rejected.value)
    const declined = new Set(next.get(personId) ?? [])
    for (const slot of slots) {
      if (accepted) declined.delete(slot)
      else declined.add(slot)
    }
    if (declined.size) next.set(personId, declined)
    else next.delete(personId)
    rejected.value = next
  }

  function acceptAll() {
    rejected.value = new Map()
  }

  function reset() {
    generation++
    rejected.value = new Map()
    skillChoices.value = new Map()
    engine?.dispose()
    engine = null
    engineKind.value = null
    draft.value = null
    progress.value = null
    failure.value = null
    failureParams.value = {}
    readOptions.value = {}
    draftOptions.value = {}
    mode.value = 'merge'
    fileName.value = ''
    phase.value = 'idle'
  }

  /** Opens the wizard on a file; nothing is written until `commit`. */
  async function openFile(file: Blob & { name?: string }, options: { worker?: boolean } = {}) {
    reset()
    const mine = generation
    fileName.value = file.name ?? ''
    if (file.size > MAX_IMPORT_BYTES) {
      // Refused before a byte is read: a file this big is not a team's spreadsheet.
      const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024))
      failure.value = 'importExport.tooLarge'
      failureParams.value = { file: fileName.value, size: megabytes(file.size), limit: megabytes(MAX_IMPORT_BYTES) }
      phase.value = 'failed'
      return
    }
    phase.value = 'reading'
    progress.value = { stage: 'decode', fraction: 0 }
    try {
      // The parser (PapaParse and the drafting code) loads with the first import, not with the app.
      const { openImportEngine, sniffFileKind } = await import('../io/importEngine')
      const bytes = new Uint8Array(await file.arrayBuffer())
      if (mine !== generation) return
      // What the file is comes from its bytes, never from its name.
      const kind = sniffFileKind(bytes)
      if (kind.kind === 'refused') {
        failure.value = `importExport.refused.${kind.reason}`
        failureParams.value = { file: fileName.value }
        phase.value = 'failed'
        progress.value = null
        return
      }
      engine = openImportEngine(bytes, options)
      engineKind.value = engine.kind
    } catch (error) {
      if (mine !== generation) return
      console.error('Skillgrid could not open the file:', error)
      failure.value = 'importExport.readFailed'
      phase.value = 'failed'
      return
    }
    await redraft()
  }

  /** Loads the parser and starts a parse worker ahead of the first import (at idle). */
  async function prewarmWorker() {
    const { prewarmImportWorker } = await import('../io/importEngine')
    prewarmImportWorker()
  }

  // Reading again with another encoding or delimiter starts the mapping over.
  function setEncoding(encoding: TextEncodingName | undefined) {
    readOptions.value = { ...readOptions.value, encoding }
    draftOptions.value = { ...draftOptions.value, columns: undefined }
    return redraft()
  }

  /** Reads another sheet of the workbook; the column choices were about the last one. */
  function setSheet(sheet: string) {
    readOptions.value = { ...readOptions.value, sheet }
    draftOptions.value = { ...draftOptions.value, columns: undefined }
    return redraft()
  }

  function setDelimiter(delimiter: Delimiter | undefined) {
    readOptions.value = { ...readOptions.value, delimiter }
    draftOptions.value = { ...draftOptions.value, columns: undefined }
    return redraft()
  }

  function setFormat(format: ImportFormat | undefined) {
    draftOptions.value = { ...draftOptions.value, format, columns: undefined }
    return redraft()
  }

  function setColumnRole(index: number, role: ColumnRole) {
    const current = draft.value
    if (!current) return Promise.resolve()
    const columns = current.columns.map((column) => (column.index === index ? role : column.role))
    draftOptions.value = { ...draftOptions.value, format: current.format, columns }
    return redraft()
  }

  function setScale(scale: SourceScaleId | null) {
    draftOptions.value = { ...draftOptions.value, scale }
    return redraft()
  }

  function setSkipProblemRows(skip: boolean) {
    draftOptions.value = { ...draftOptions.value, skipProblemRows: skip }
    return redraft()
  }

  /** Rows whose only problems are bad cells: imported with those cells not assessed (true), or skipped whole. */
  function setBlankBadCells(blank: boolean) {
    draftOptions.value = { ...draftOptions.value, blankBadCells: blank }
    return redraft()
  }

  /** Keeps a totals row as a person (true) or leaves it out. */
  function setKeepSummaryRow(row: number, keep: boolean) {
    const kept = new Set(draftOptions.value.keepSummaryRows ?? [])
    if (keep) kept.add(row)
    else kept.delete(row)
    draftOptions.value = { ...draftOptions.value, keepSummaryRows: [...kept].sort((a, b) => a - b) }
    return redraft()
  }

  /**
   * Maps a skill of the file to a stored skill, a new one, or leaves it out. In a wide file leaving
   * it out sets its column to Ignore (its cells are then not read at all), and back.
   */
  function setSkillChoice(skill: Pick<FileSkill, 'key' | 'column'>, choice: SkillChoice) {
    const next = new Map(skillChoices.value)
    next.set(skill.key, choice)
    skillChoices.value = next
    // The declined cells were about the mapping before.
    rejected.value = new Map()
    const column = draft.value?.format === 'wide' ? draft.value.columns[skill.column] : undefined
    if (column && choice.kind === 'ignore' && column.role === 'skill') return setColumnRole(column.index, 'ignore')
    if (column && choice.kind !== 'ignore' && column.role === 'ignore') return setColumnRole(column.index, 'skill')
    return Promise.resolve()
  }

  /** Takes the suggested stored skill for a skill of the file (one click). */
  function acceptSuggestion(skill: FileSkill) {
    return skill.suggestion
      ? setSkillChoice(skill, { kind: 'existing', skillId: skill.suggestion.id })
      : Promise.resolve()
  }

  function setMode(next: ImportMode) {
    mode.value = next
    rejected.value = new Map()
  }

  /** Commits the whole import as one change (one transaction, one undo step). */
  async function commit(): Promise<boolean> {
    const current = draft.value
    // The preview's resolution, for the data as it is now (a computed is fresh when read).
    const resolved = resolution.value
    const resolvedFor = workspace.data
    if (!canCommit.value || !current || !resolved) return false
    phase.value = 'committing'
    const subject = fileName.value
    const declined = rejected.value
    const chosenMode = mode.value
    const choices = activeChoices.value
    const skillsBefore = new Set(workspace.data?.skills.map((skill) => skill.id))
    const done = await workspace.editInSteps((data) =>
      importChangeSteps(data, current, chosenMode, {
        newId,
        now: Date.now(),
        subject,
        rejected: declined,
        choices,
        // Built again for data another tab changed meanwhile: resolved again too.
        resolution: data === resolvedFor ? resolved : undefined,
      }),
    )
    if (!done) {
      phase.value = 'preview'
      return false
    }
    // Every import leaves a dated snapshot in the history, packed from the data it just made while
    // that is being written, and stored once it is (waiting for the write and a paint first made an
    // import as a lead does it ~0.1 s longer, issue 16). A failed write stores none.
    void useHistoryStore().save('import', subject, Date.now(), { packNow: true })
    await workspace.whenSaved()
    if (workspace.saveState === 'unsaved' && !workspace.inMemoryOnly) {
      // One transaction: storage holds none of it. The banner offers to retry; undo takes it back.
      failure.value = 'importExport.saveFailed'
      phase.value = 'failed'
      return false
    }
    const added = (workspace.data?.skills ?? []).filter((skill) => !skillsBefore.has(skill.id)).map((skill) => skill.id)
    const matched = resolved.skills.flatMap((skill) => (skill.existing ? [skill.existing.id] : []))
    lastImportedSkills.value = { added, matched }
    notices.show('success', 'importExport.imported', { people: current.people.length, file: subject })
    reset()
    return true
  }

  function cancel() {
    reset()
  }

  return {
    phase,
    fileName,
    progress,
    readOptions,
    setSheet,
    draftOptions,
    mode,
    draft,
    failure,
    failureParams,
    engineKind,
    skillChoices,
    lastImportedSkills,
    resolution,
    fileSkills,
    changes,
    changesPending,
    listChanges,
    rejected,
    canCommit,
    columnRoles,
    scaleRules,
    encodings: TEXT_ENCODINGS,
    delimiters: DELIMITERS,
    sourceScales: SCALE_IDS,
    isAccepted,
    setAccepted,
    acceptAll,
    openFile,
    prewarmWorker,
    setEncoding,
    setDelimiter,
    setFormat,
    setColumnRole,
    setScale,
    setSkipProblemRows,
    setBlankBadCells,
    setKeepSummaryRow,
    setSkillChoice,
    acceptSuggestion,
    setMode,
    commit,
    cancel,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useImportStore, import.meta.hot))
