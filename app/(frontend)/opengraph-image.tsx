import { ImageResponse } from 'next/og'

// The sharing card for pages without an image of their own; rendered once at build time.
export const alt = 'Repères — les métiers et l’actualité de l’orientation'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

export default function OpenGraphImage() {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          padding: 80,
          background: 'linear-gradient(135deg, #0b5d57 0%, #137a72 60%, #e0a526 100%)',
          color: '#ffffff',
        }}
      >
        <div style={{ fontSize: 96, fontWeight: 800 }}>Repères</div>
        <div style={{ fontSize: 44, marginTop: 24 }}>Les métiers et l’actualité de l’orientation</div>
      </div>
    ),
    size,
  )
}
