import * as migration_20261128_032611_initial from './20261128_032611_initial';

export const migrations = [
  {
    up: migration_20261128_032611_initial.up,
    down: migration_20261128_032611_initial.down,
    name: '20261128_032611_initial'
  },
];
