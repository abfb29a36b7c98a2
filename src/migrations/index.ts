import * as migration_20261126_183242_initial from './20261126_183242_initial';

export const migrations = [
  {
    up: migration_20261126_183242_initial.up,
    down: migration_20261126_183242_initial.down,
    name: '20261126_183242_initial'
  },
];
