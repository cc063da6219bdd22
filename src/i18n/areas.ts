import type { Locale } from '../domain/text'
import type { MessageTree } from './merge'

/** Messages of pages that are not the landing page: loaded with the page, in each loaded language. */
export type MessageArea = 'planner' | 'skills' | 'people' | 'importExport' | 'workspaceMenu' | 'history'

type AreaModule = Promise<{ default: MessageTree }>

const loaders: Record<MessageArea, Record<Locale, () => AreaModule>> = {
  planner: { en: () => import('./en/planner'), ru: () => import('./ru/planner') },
  skills: { en: () => import('./en/skills'), ru: () => import('./ru/skills') },
  people: { en: () => import('./en/people'), ru: () => import('./ru/people') },
  importExport: { en: () => import('./en/importExport'), ru: () => import('./ru/importExport') },
  workspaceMenu: { en: () => import('./en/workspaceMenu'), ru: () => import('./ru/workspaceMenu') },
  history: { en: () => import('./en/history'), ru: () => import('./ru/history') },
}

export const MESSAGE_AREAS = Object.keys(loaders) as MessageArea[]

export async function loadArea(area: MessageArea, locale: Locale): Promise<MessageTree> {
  return (await loaders[area][locale]()).default
}
