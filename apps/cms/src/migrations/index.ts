import * as migration_20261128_040241_initial from './20261128_040241_initial';
import * as migration_20261128_104119_inquiries from './20261128_104119_inquiries';

export const migrations = [
  {
    up: migration_20261128_040241_initial.up,
    down: migration_20261128_040241_initial.down,
    name: '20261128_040241_initial',
  },
  {
    up: migration_20261128_104119_inquiries.up,
    down: migration_20261128_104119_inquiries.down,
    name: '20261128_104119_inquiries'
  },
];
