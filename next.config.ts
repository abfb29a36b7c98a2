import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'path'
import { fileURLToPath } from 'url'

import { securityHeaders } from './src/security/headers'
import { pageCacheSettings } from './src/site/pageCache'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const pageCache = pageCacheSettings()

const nextConfig: NextConfig = {
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: {
    root: path.resolve(dirname),
  },
  // Admin, API and pages alike; the list and why each header is there: src/security/headers.ts.
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }]
  },
  poweredByHeader: false,
  // The site's pages and data in memory, on disk only when asked (why: src/site/pageCache.ts).
  cacheMaxMemorySize: pageCache.memoryBytes,
  experimental: { isrFlushToDisk: pageCache.disk },
  // The image runs `node server.js` from .next/standalone: only the files the server traces, no npm install.
  output: 'standalone',
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
