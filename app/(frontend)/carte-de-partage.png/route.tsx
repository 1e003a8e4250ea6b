import { ImageResponse } from 'next/og'

import { DEFAULT_SHARING_CARD } from '@/app/(frontend)/seo/sharingCard'

// The sharing card of every page without an image of its own (seo/metadata.ts), rendered once
// at build time. A route of its own rather than Next's opengraph-image file, which names only
// the page of its own segment: the home page is served from a nested route (docs/caching.md).
export const dynamic = 'force-static'

export function GET() {
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
    { width: DEFAULT_SHARING_CARD.width, height: DEFAULT_SHARING_CARD.height },
  )
}
