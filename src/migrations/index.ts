import * as migration_20261126_183242_initial from './20261126_183242_initial';
import * as migration_20261126_184538_related_headlines from './20261126_184538_related_headlines';
import * as migration_20261126_191428_wire_import from './20261126_191428_wire_import';
import * as migration_20261127_012210_side_table_parent_indexes from './20261127_012210_side_table_parent_indexes';
import * as migration_20261130_014729_import_digest from './20261130_014729_import_digest';
import * as migration_20261130_041706_people_search from './20261130_041706_people_search';
import * as migration_20261130_041719_media from './20261130_041719_media';
import * as migration_20261130_052745_seo_meta from './20261130_052745_seo_meta';

export const migrations = [
  {
    up: migration_20261126_183242_initial.up,
    down: migration_20261126_183242_initial.down,
    name: '20261126_183242_initial',
  },
  {
    up: migration_20261126_184538_related_headlines.up,
    down: migration_20261126_184538_related_headlines.down,
    name: '20261126_184538_related_headlines',
  },
  {
    up: migration_20261126_191428_wire_import.up,
    down: migration_20261126_191428_wire_import.down,
    name: '20261126_191428_wire_import',
  },
  {
    up: migration_20261127_012210_side_table_parent_indexes.up,
    down: migration_20261127_012210_side_table_parent_indexes.down,
    name: '20261127_012210_side_table_parent_indexes',
  },
  {
    up: migration_20261130_014729_import_digest.up,
    down: migration_20261130_014729_import_digest.down,
    name: '20261130_014729_import_digest',
  },
  {
    up: migration_20261130_041706_people_search.up,
    down: migration_20261130_041706_people_search.down,
    name: '20261130_041706_people_search',
  },
  {
    up: migration_20261130_041719_media.up,
    down: migration_20261130_041719_media.down,
    name: '20261130_041719_media',
  },
  {
    up: migration_20261130_052745_seo_meta.up,
    down: migration_20261130_052745_seo_meta.down,
    name: '20261130_052745_seo_meta'
  },
];
