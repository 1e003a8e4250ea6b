import { routes } from '../../../payload/routes'

/** A plain GET form: works without JavaScript, lands on /recherche?q=… */
export function SearchForm({ id, defaultValue = '' }: { id: string; defaultValue?: string }) {
  return (
    <form action={routes.search()} method="get" role="search" className="search-form">
      <label htmlFor={id}>Rechercher un métier ou une actualité</label>
      <div className="search-form__row">
        <input id={id} name="q" type="search" defaultValue={defaultValue} maxLength={200} placeholder="ex. directeur technique" />
        <button type="submit">Rechercher</button>
      </div>
    </form>
  )
}
