// The entry is tiny on purpose: IndexedDB starts reading the last workspace while the app's
// JavaScript (AG Grid, Vue, Dexie) is still being fetched and compiled.
import { startEarlyRead } from './db/earlyRead'

startEarlyRead()
void import('./app')
