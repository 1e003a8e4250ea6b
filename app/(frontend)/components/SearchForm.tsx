import type { ReactNode } from 'react'

import { routes } from '@/payload/routes'
import { SEARCH_MAX_LENGTH } from '@/payload/search/searchQuery'
import { SearchBox } from './SearchBox'

type Props = {
  id: string
  defaultValue?: string
  /** The header's small box: its label is read by screen readers, not shown. */
  compact?: boolean
  children?: ReactNode
}

/**
 * A plain GET form: works without JavaScript, lands on /recherche?q=… With JavaScript, the box
 * suggests titles as one types (SearchBox). `children` adds fields, e.g. the search page's filters.
 */
export function SearchForm({ id, defaultValue = '', compact = false, children }: Props) {
  return (
    <form
      action={routes.search()}
      method="get"
      role="search"
      // Two search landmarks on a page (header and page) need names of their own.
      aria-label={compact ? 'Recherche sur tout le site' : 'Recherche'}
      className={compact ? 'search-form search-form--compact' : 'search-form'}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        Rechercher un métier ou une actualité
      </label>
      <div className="search-form__row">
        <SearchBox
          id={id}
          defaultValue={defaultValue}
          maxLength={SEARCH_MAX_LENGTH}
          placeholder={compact ? 'Métier, actualité…' : 'ex. directeur technique'}
        />
        <button type="submit">Rechercher</button>
      </div>
      {children}
    </form>
  )
}
