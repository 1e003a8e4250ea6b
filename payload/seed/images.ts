import sharp from 'sharp'

/**
 * A calm abstract illustration (no text, no external asset) so demo pages and Open Graph
 * cards have a real image to show and resize.
 */
export const illustration = async (hue: number, variant: number): Promise<Buffer> => {
  const width = 1600
  const height = 900
  const circles = Array.from({ length: 5 }, (_, i) => {
    const cx = ((variant * 37 + i * 311) % width) + 40
    const cy = ((variant * 53 + i * 197) % height) + 20
    const r = 120 + ((variant + i) * 71) % 260
    const lightness = 55 + ((i * 7) % 25)
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="hsl(${hue + i * 12}, 55%, ${lightness}%)" fill-opacity="0.45"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue}, 45%, 28%)"/>
      <stop offset="1" stop-color="hsl(${hue + 40}, 50%, 45%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${circles}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}
