/** Hands a file to the browser as a download: a Blob behind an `<a download>`, no request leaves the page. */
export function downloadFile(
  file: { name: string; type: string; text: string } | { name: string; type: string; bytes: Uint8Array<ArrayBuffer> },
): void {
  const url = URL.createObjectURL(new Blob(['bytes' in file ? file.bytes : file.text], { type: file.type }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
