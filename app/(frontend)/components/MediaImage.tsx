import Image from 'next/image'

import type { Media } from '@/payload-types'

type Props = { media: unknown; sizes: string; priority?: boolean; className?: string }

/** An uploaded image, resized by Next (AVIF/WebP), with the editor's alt text. */
export function MediaImage({ media, sizes, priority = false, className }: Props) {
  if (!media || typeof media !== 'object') return null
  const { url, alt, width, height } = media as Media
  if (!url || !width || !height) return null
  return (
    <Image
      src={url}
      alt={alt}
      width={width}
      height={height}
      sizes={sizes}
      priority={priority}
      className={className}
    />
  )
}
