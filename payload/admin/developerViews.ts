import type { CollectionConfig, Config, DocumentTabCondition, EditConfig, EditConfigWithoutRoot } from 'payload'

import { hasRole } from '@/payload/access/roles'

/**
 * The "API" tab (a document's raw JSON, its REST address and query controls) is a developer's
 * view: editors and contributors do not see it, administrators do. It hides a view, not data:
 * the REST and GraphQL APIs keep their own access rules, and the tab showed nothing a user may
 * not read. A plugin, so that collections added later (and those plugins add) get it too.
 */
const apiTabForAdmins: DocumentTabCondition = ({ collectionConfig, req }) =>
  hasRole(req.user, 'admin') && !collectionConfig?.admin?.hideAPIURL

const withAdminOnlyApiTab = (collection: CollectionConfig): CollectionConfig => {
  const views = collection.admin?.components?.views
  // A collection that replaces its whole edit view (`edit.root`) has no tabs to hide.
  if (views?.edit && 'root' in views.edit) return collection
  const edit = views?.edit as EditConfigWithoutRoot | undefined
  const api = edit?.api
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: { ...views, edit: { ...edit, api: { ...api, tab: { ...api?.tab, condition: apiTabForAdmins } } } as EditConfig },
      },
    },
  }
}

export const adminOnlyDeveloperViews = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map(withAdminOnlyApiTab),
})
