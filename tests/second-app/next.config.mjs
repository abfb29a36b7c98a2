// The second app's admin (`next dev` in this folder, tests/e2e/second-app.e2e.ts).
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Turbopack's root is the repository: the peers (payload, next, react) are in its node_modules.
export default withPayload({ turbopack: { root: path.resolve(dirname, '../..') } }, { devBundleServerPackages: false })
