// The config the Payload CLI and the admin load (`payload generate:importmap` in this folder).
import { secondAppConfig } from './config'

export default secondAppConfig({ databaseUri: process.env.DATABASE_URI || '' })
