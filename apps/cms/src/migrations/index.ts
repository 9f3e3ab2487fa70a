import * as migration_20261128_040241_initial from './20261128_040241_initial';
import * as migration_20261128_104119_inquiries from './20261128_104119_inquiries';
import * as migration_20261128_120733_retention from './20261128_120733_retention';
import * as migration_20261128_153056_read_indexes from './20261128_153056_read_indexes';
import * as migration_20261130_224054_search_seo_plugins from './20261130_224054_search_seo_plugins';
import * as migration_20261201_041629_session_features from './20261201_041629_session_features';
import * as migration_20261201_055743_follow_up_company from './20261201_055743_follow_up_company';

export const migrations = [
  {
    up: migration_20261128_040241_initial.up,
    down: migration_20261128_040241_initial.down,
    name: '20261128_040241_initial',
  },
  {
    up: migration_20261128_104119_inquiries.up,
    down: migration_20261128_104119_inquiries.down,
    name: '20261128_104119_inquiries',
  },
  {
    up: migration_20261128_120733_retention.up,
    down: migration_20261128_120733_retention.down,
    name: '20261128_120733_retention',
  },
  {
    up: migration_20261128_153056_read_indexes.up,
    down: migration_20261128_153056_read_indexes.down,
    name: '20261128_153056_read_indexes',
  },
  {
    up: migration_20261130_224054_search_seo_plugins.up,
    down: migration_20261130_224054_search_seo_plugins.down,
    name: '20261130_224054_search_seo_plugins',
  },
  {
    up: migration_20261201_041629_session_features.up,
    down: migration_20261201_041629_session_features.down,
    name: '20261201_041629_session_features',
  },
  {
    up: migration_20261201_055743_follow_up_company.up,
    down: migration_20261201_055743_follow_up_company.down,
    name: '20261201_055743_follow_up_company'
  },
];
