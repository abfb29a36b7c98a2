/** Escapes text for an XML element or a double-quoted attribute. */
export function escapeXml(value: string): string {
  // Characters XML 1.0 does not allow at all are dropped: a feed reader refuses the whole document for one.
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!)
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** `<name>text</name>`, or nothing when there is no text. */
export function element(name: string, text: string | null | undefined): string {
  return text === null || text === undefined || text === '' ? '' : `<${name}>${escapeXml(text)}</${name}>`
}
