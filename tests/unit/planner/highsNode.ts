import loadHighs, { type Highs } from 'highs'
import type { SolveLp } from '../../../src/domain/planner/types'
import { solveLpText, WARM_UP_LP } from '../../../src/solver/runHighs'

let instance: Promise<Highs> | null = null

/** HiGHS in node (the same wasm and the same solve code as the worker), warmed up once per file. */
export async function nodeSolveLp(): Promise<SolveLp> {
  instance ??= loadHighs().then((highs) => {
    solveLpText(highs, WARM_UP_LP)
    return highs
  })
  const highs = await instance
  return async (lp) => solveLpText(highs, lp)
}
