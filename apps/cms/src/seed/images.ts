import sharp from 'sharp'

/**
 * Demo pictures made on the spot: a landscape of hills, buildings and sky in
 * the given colour, with no text (so no fonts are needed). Each seed gives a
 * different picture, so cards do not all look alike.
 */
export async function demoImage(color: string, seed: number, width = 1600, height = 1000) {
  const random = mulberry32(seed)
  const buildings = Array.from({ length: 9 }, (_, i) => {
    const w = 80 + random() * 120
    const h = 120 + random() * 380
    const x = i * (width / 9) + random() * 40
    return `<rect x="${x.toFixed(0)}" y="${(height - h - 120).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="#ffffff" fill-opacity="${(0.55 + random() * 0.35).toFixed(2)}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="#f2efe6"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>
  <circle cx="${(width * (0.6 + random() * 0.3)).toFixed(0)}" cy="${(height * 0.22).toFixed(0)}" r="70" fill="#fff6d5"/>
  <path d="M0 ${height * 0.62} Q ${width * 0.25} ${height * 0.42} ${width * 0.5} ${height * 0.6} T ${width} ${height * 0.55} V ${height} H 0 Z" fill="#5b7f5a" fill-opacity="0.8"/>
  ${buildings}
  <rect y="${height - 120}" width="100%" height="120" fill="#3d4f3c"/>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

/** A one-page PDF brochure with a few lines of ASCII text, built by hand (no PDF library needed). */
export function demoPdf(lines: string[]): Buffer {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, '?')
  const text = lines
    .map(
      (line, i) => `BT /F1 ${i === 0 ? 20 : 12} Tf 60 ${760 - i * 28} Td (${escape(line)}) Tj ET`,
    )
    .join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

function mulberry32(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Centres of the plots on the generated park plan, in percent of its width
 * and height: the seed places project markers on them, one plot per project.
 */
export const PLAN_PLOTS: readonly { x: number; y: number }[] = [16, 50, 84].flatMap((y) =>
  [14, 38, 62, 86].map((x) => ({ x, y })),
)

/**
 * A plain park plan drawn for the demo: land plots, roads and a river, no
 * place names and no borders (a schematic, not a territorial map; staff of a
 * real portal upload an approved map carrying its 审图号 instead).
 */
export async function demoParkPlan(plotColor: string, width = 1200, height = 750) {
  const plots = PLAN_PLOTS.map(({ x, y }) => {
    const w = width * 0.2
    const h = height * 0.2
    return `<rect x="${(x / 100) * width - w / 2}" y="${(y / 100) * height - h / 2}" width="${w}" height="${h}" rx="8" fill="${plotColor}" stroke="#6b6b5e" stroke-width="3"/>`
  }).join('')
  const roads = [0.26, 0.5, 0.74]
    .map((x) => `<rect x="${x * width - 12}" y="0" width="24" height="${height}" fill="#ffffff"/>`)
    .concat(
      [0.33, 0.67].map(
        (y) => `<rect x="0" y="${y * height}" width="${width}" height="24" fill="#ffffff"/>`,
      ),
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="#eeeadf"/>
  <path d="M0 ${height * 0.97} C ${width * 0.3} ${height * 0.9}, ${width * 0.6} ${height * 1.02}, ${width} ${height * 0.93}" stroke="#8fb3d9" stroke-width="36" fill="none"/>
  ${roads}
  ${plots}
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
