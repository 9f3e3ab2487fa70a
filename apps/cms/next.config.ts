import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  transpilePackages: ['@portal/shared'],
  // The CMS is reached only through its own origin; keep builds self-contained.
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
