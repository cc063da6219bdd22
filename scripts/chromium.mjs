// The headless Chromium every script, bench and browser test launches: Debian's, unless
// CHROMIUM_PATH says otherwise, with no background traffic of its own (no sync, no updates).

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
