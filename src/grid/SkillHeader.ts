import type { IHeaderParams, IInnerHeaderComponent } from 'ag-grid-community'
import type { CoverageStatus } from '../domain/coverage'
import type { Id } from '../domain/types'
import type { MatrixRow } from './matrixRows'

/** What a skill header shows of its coverage, as ready-made text. */
export interface SkillHeaderState {
  status: CoverageStatus
  /** Symbol, holders/target and status word: "✕ 0/2 Uncovered". */
  badge: string
  /** Hover text explaining the badge. */
  tooltip: string
}

/** Where headers get their coverage from and announce themselves, so one skill's header can be refreshed alone. */
export interface SkillHeaderSource {
  stateOf(skillId: Id): SkillHeaderState | null
  attach(skillId: Id, header: SkillHeader): void
  detach(skillId: Id, header: SkillHeader): void
}

export interface SkillHeaderParams extends IHeaderParams<MatrixRow> {
  skillId: Id
  source: SkillHeaderSource
}

/**
 * Inner header of a skill column: the wrapped skill name, then a status badge. Text only
 * (textContent, never parsed as markup). The badge lives in a shadow root so the header's own
 * textContent stays the bare skill name, which is what tests, helpers and find-by-name read.
 */
export class SkillHeader implements IInnerHeaderComponent<MatrixRow> {
  private params: SkillHeaderParams | null = null
  private readonly gui = document.createElement('span')
  private readonly name = document.createElement('span')
  private readonly badge = document.createElement('span')
  private readonly badgeText = document.createTextNode('')

  init(params: SkillHeaderParams): void {
    this.gui.className = 'skill-header'
    this.name.className = 'skill-header-name'
    this.badge.className = 'skill-status'
    this.badge.attachShadow({ mode: 'open' }).append(this.badgeText)
    this.gui.append(this.name, this.badge)
    this.params = params
    params.source.attach(params.skillId, this)
    this.update()
  }

  getGui(): HTMLElement {
    return this.gui
  }

  /** Called by the grid when the column definitions change. */
  refresh(params: SkillHeaderParams): boolean {
    if (this.params && this.params.skillId !== params.skillId) this.params.source.detach(this.params.skillId, this)
    this.params = params
    params.source.attach(params.skillId, this)
    this.update()
    return true
  }

  /** Re-reads the coverage of this header's skill. */
  update(): void {
    const params = this.params
    if (!params) return
    this.name.textContent = params.displayName
    const state = params.source.stateOf(params.skillId)
    this.badge.hidden = !state
    if (!state) return
    this.badge.dataset.status = state.status
    this.badgeText.data = state.badge
    params.setTooltip(`${params.displayName}\n${state.tooltip}`)
  }

  destroy(): void {
    if (this.params) this.params.source.detach(this.params.skillId, this)
    this.params = null
  }
}

/** Live skill headers by skill id (a skill can have a header only while its column is rendered). */
export class SkillHeaderRegistry {
  private readonly headers = new Map<Id, Set<SkillHeader>>()

  constructor(private readonly stateOf: (skillId: Id) => SkillHeaderState | null) {}

  readonly source: SkillHeaderSource = {
    stateOf: (skillId) => this.stateOf(skillId),
    attach: (skillId, header) => {
      const set = this.headers.get(skillId) ?? new Set()
      set.add(header)
      this.headers.set(skillId, set)
    },
    detach: (skillId, header) => {
      const set = this.headers.get(skillId)
      set?.delete(header)
      if (set && !set.size) this.headers.delete(skillId)
    },
  }

  /** Updates the headers of these skills, or of every skill when `skillIds` is null. */
  update(skillIds: Iterable<Id> | null): void {
    const ids = skillIds ?? [...this.headers.keys()]
    for (const id of ids) for (const header of this.headers.get(id) ?? []) header.update()
  }

  /** Number of skill headers alive (for tests). */
  get size(): number {
    return this.headers.size
  }
}
