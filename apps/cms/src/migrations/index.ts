import * as migration_20261128_040241_initial from './20261128_040241_initial';

export const migrations = [
  {
    up: migration_20261128_040241_initial.up,
    down: migration_20261128_040241_initial.down,
    name: '20261128_040241_initial'
  },
];
