import * as migration_20261126_120547_initial from './20261126_120547_initial';
import * as migration_20261126_130809_contributor_role from './20261126_130809_contributor_role';
import * as migration_20261126_142921_editorial_workflow from './20261126_142921_editorial_workflow';
import * as migration_20261126_151208_french_search from './20261126_151208_french_search';
import * as migration_20261126_160000_listing_indexes from './20261126_160000_listing_indexes';
import * as migration_20261127_001927_s3_storage_fields from './20261127_001927_s3_storage_fields';
import * as migration_20261130_034933_link_index_and_redirects from './20261130_034933_link_index_and_redirects';
import * as migration_20261130_120000_upright_images from './20261130_120000_upright_images';
import * as migration_20261130_194406_abandoned_drafts_task from './20261130_194406_abandoned_drafts_task';
import * as migration_20261130_200017_paris_time_dates from './20261130_200017_paris_time_dates';
import * as migration_20261201_061629_subscriptions from './20261201_061629_subscriptions';
import * as migration_20261201_070114_subscriber_scope from './20261201_070114_subscriber_scope';
import * as migration_20261201_102247_review_bylines_seo from './20261201_102247_review_bylines_seo';
import * as migration_20261201_135158_career_model from './20261201_135158_career_model';
import * as migration_20261201_203538_onisep_import from './20261201_203538_onisep_import';
import * as migration_20261202_003710_import_export from './20261202_003710_import_export';
import * as migration_20261202_051044_onisep_imports from './20261202_051044_onisep_imports';
import * as migration_20261202_082559_site_pages from './20261202_082559_site_pages';
import * as migration_20261202_115347_orientation_quiz from './20261202_115347_orientation_quiz';

export const migrations = [
  {
    up: migration_20261126_120547_initial.up,
    down: migration_20261126_120547_initial.down,
    name: '20261126_120547_initial',
  },
  {
    up: migration_20261126_130809_contributor_role.up,
    down: migration_20261126_130809_contributor_role.down,
    name: '20261126_130809_contributor_role',
  },
  {
    up: migration_20261126_142921_editorial_workflow.up,
    down: migration_20261126_142921_editorial_workflow.down,
    name: '20261126_142921_editorial_workflow',
  },
  {
    up: migration_20261126_151208_french_search.up,
    down: migration_20261126_151208_french_search.down,
    name: '20261126_151208_french_search',
  },
  {
    up: migration_20261126_160000_listing_indexes.up,
    down: migration_20261126_160000_listing_indexes.down,
    name: '20261126_160000_listing_indexes',
  },
  {
    up: migration_20261127_001927_s3_storage_fields.up,
    down: migration_20261127_001927_s3_storage_fields.down,
    name: '20261127_001927_s3_storage_fields',
  },
  {
    up: migration_20261130_034933_link_index_and_redirects.up,
    down: migration_20261130_034933_link_index_and_redirects.down,
    name: '20261130_034933_link_index_and_redirects',
  },
  {
    up: migration_20261130_120000_upright_images.up,
    down: migration_20261130_120000_upright_images.down,
    name: '20261130_120000_upright_images',
  },
  {
    up: migration_20261130_194406_abandoned_drafts_task.up,
    down: migration_20261130_194406_abandoned_drafts_task.down,
    name: '20261130_194406_abandoned_drafts_task',
  },
  {
    up: migration_20261130_200017_paris_time_dates.up,
    down: migration_20261130_200017_paris_time_dates.down,
    name: '20261130_200017_paris_time_dates',
  },
  {
    up: migration_20261201_061629_subscriptions.up,
    down: migration_20261201_061629_subscriptions.down,
    name: '20261201_061629_subscriptions',
  },
  {
    up: migration_20261201_070114_subscriber_scope.up,
    down: migration_20261201_070114_subscriber_scope.down,
    name: '20261201_070114_subscriber_scope',
  },
  {
    up: migration_20261201_102247_review_bylines_seo.up,
    down: migration_20261201_102247_review_bylines_seo.down,
    name: '20261201_102247_review_bylines_seo',
  },
  {
    up: migration_20261201_135158_career_model.up,
    down: migration_20261201_135158_career_model.down,
    name: '20261201_135158_career_model',
  },
  {
    up: migration_20261201_203538_onisep_import.up,
    down: migration_20261201_203538_onisep_import.down,
    name: '20261201_203538_onisep_import',
  },
  {
    up: migration_20261202_003710_import_export.up,
    down: migration_20261202_003710_import_export.down,
    name: '20261202_003710_import_export',
  },
  {
    up: migration_20261202_051044_onisep_imports.up,
    down: migration_20261202_051044_onisep_imports.down,
    name: '20261202_051044_onisep_imports',
  },
  {
    up: migration_20261202_082559_site_pages.up,
    down: migration_20261202_082559_site_pages.down,
    name: '20261202_082559_site_pages',
  },
  {
    up: migration_20261202_115347_orientation_quiz.up,
    down: migration_20261202_115347_orientation_quiz.down,
    name: '20261202_115347_orientation_quiz',
  },
];
