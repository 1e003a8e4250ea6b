import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // One instance of Payload for every server layer. Bundled, the admin's RSC layer and the API
  // routes each get their own copy of Payload's error classes, and the API then stops
  // recognising its own ValidationError: 400 bodies lose their field details, and minified
  // class names ("h") defeat Payload's per-error log levels.
  serverExternalPackages: ['payload'],
  images: {
    // Hero images are served by Payload from /api/media; Next only resizes local paths.
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
