/** SVG text does not wrap: long names are cut with an ellipsis (the full name goes in a <title>). */
export function fitText(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`
}
