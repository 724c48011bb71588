/** The API docs page's top bar: a shield and the hub's own name, instead of the framework's logo. */
export const escapeXml = (s: string): string =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

export function docsLogoSvg(hubName: string): string {
  const width = 48 + Math.ceil(hubName.length * 11.5)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40" viewBox="0 0 ${width} 40" role="img" aria-label="${escapeXml(hubName)}">
<path d="M18 3 L32 8 V19 C32 28 26 34 18 37 C10 34 4 28 4 19 V8 Z" fill="#1f4e79" stroke="#ffffff" stroke-width="2"/>
<text x="44" y="27" font-family="system-ui, sans-serif" font-size="20" font-weight="600" fill="#ffffff">${escapeXml(hubName)}</text>
</svg>`
}

/** The shield alone, as the page's icon. */
export const docsFaviconSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 36 40"><path d="M18 3 L32 8 V19 C32 28 26 34 18 37 C10 34 4 28 4 19 V8 Z" fill="#1f4e79"/></svg>`
