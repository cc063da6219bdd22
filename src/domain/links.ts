/** The address to open for a learning link, or null when it is not an http(s) URL (then it is shown as text). */
export function safeHref(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    return null
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
}

/** True for an absolute http(s) address: the only kind a resource's link may hold. */
export function isWebUrl(url: string): boolean {
  return safeHref(url) !== null
}
