import { computed, reactive, ref } from 'vue'
import type { TeachRow } from '../components/learning/ResourceTeaches.vue'
import type { ResourceFields } from '../domain/edits/resources'
import { idRecord } from '../domain/idRecord'
import type { Level } from '../domain/scale'
import type { Id, LearningResource } from '../domain/types'

/** The kind list's last choice: a kind outside KINDS, typed in. */
const OTHER = 'other'
/** The kinds the editor lists, named by messages `resources.kinds.*`. */
const KINDS = [
  'course',
  'online course',
  'workshop',
  'programme',
  'article',
  'self-study',
  'community',
  'reference',
  'link',
]

/**
 * The resource editor's form: its fields as typed (starting from `start`, or for a new one from
 * what it `teaches`), the skills it teaches as rows, and the fields as the learning store takes them.
 */
export function useResourceForm(start: LearningResource | null, teaches?: Record<Id, Level>) {
  const form = reactive({
    titleEn: start?.title.en ?? '',
    titleRu: start?.title.ru ?? '',
    url: start?.url ?? '',
    // A kind the app knows is chosen from the list (shown in the interface language); any other is typed.
    kindChoice: !start ? 'course' : KINDS.includes(start.kind) ? start.kind : OTHER,
    otherKind: start && !KINDS.includes(start.kind) ? start.kind : '',
    language: start?.language ?? '',
    seats: start?.seats === null || !start ? '' : String(start.seats),
    costPerSeat: String(start?.costPerSeat ?? 0),
    costPerSession: String(start?.costPerSession ?? 0),
    note: start?.note ?? '',
  })
  const teachRows = ref<TeachRow[]>(
    Object.entries(start?.teaches ?? teaches ?? {}).map(([skillId, level]) => ({ skillId, level })),
  )

  const number = (text: string) => (text.trim() === '' ? 0 : Number(text.replace(',', '.')))
  const fields = computed<ResourceFields>(() => ({
    title: { en: form.titleEn, ru: form.titleRu },
    url: form.url,
    kind: form.kindChoice === OTHER ? form.otherKind : form.kindChoice,
    language: form.language,
    seats: form.seats.trim() === '' ? null : number(form.seats),
    costPerSeat: number(form.costPerSeat),
    costPerSession: number(form.costPerSession),
    note: form.note,
    teaches: idRecord(teachRows.value.flatMap((row) => (row.skillId ? [[row.skillId, row.level] as const] : []))),
  }))

  return { KINDS, OTHER, form, teachRows, fields }
}
