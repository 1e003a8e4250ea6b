import type { Sector } from '@/payload-types'
import { routes } from '@/payload/routes'

/**
 * The e-mail digest's sign-up form: a plain POST (no JavaScript needed) to
 * routes.subscription.signUp, which answers with the "check your inbox" page. The "site" field is
 * a honeypot: not displayed, so only robots fill it in.
 */
export function SubscribeForm({ sectors }: { sectors: Pick<Sector, 'id' | 'title'>[] }) {
  return (
    <form className="subscribe" method="post" action={routes.subscription.signUp}>
      <div className="subscribe__field">
        <label htmlFor="abonnement-email">Votre adresse e-mail</label>
        {/* type="text": the browser's own e-mail check refuses a pasted address with a no-break
            space or an invisible mark that the server cleans; the server's refusal is in French. */}
        <input id="abonnement-email" type="text" inputMode="email" name="email" autoComplete="email" autoCapitalize="none" required maxLength={300} spellCheck={false} />
      </div>
      <fieldset>
        <legend>Quelles actualités ?</legend>
        <label className="subscribe__choice">
          <input type="radio" name="portee" value="tout" defaultChecked /> Toutes les actualités
        </label>
        <label className="subscribe__choice">
          <input type="radio" name="portee" value="secteurs" /> Seulement celles des secteurs cochés :
        </label>
        <ul className="subscribe__sectors">
          {sectors.map((sector) => (
            <li key={sector.id}>
              <label className="subscribe__choice">
                <input type="checkbox" name="secteurs" value={sector.id} /> {sector.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>À quelle fréquence ?</legend>
        <label className="subscribe__choice">
          <input type="radio" name="frequence" value="weekly" defaultChecked /> Une fois par semaine, le lundi matin
        </label>
        <label className="subscribe__choice">
          <input type="radio" name="frequence" value="daily" /> Chaque matin où il y a du nouveau
        </label>
      </fieldset>
      <div className="subscribe__trap" aria-hidden="true">
        <label htmlFor="abonnement-site">Ne pas remplir ce champ</label>
        <input id="abonnement-site" type="text" name="site" tabIndex={-1} autoComplete="off" />
      </div>
      <p className="subscribe__note">
        Vous recevrez d’abord un courriel pour confirmer votre adresse. Ensuite, seulement les titres et résumés des
        nouvelles actualités, avec un lien pour vous désabonner en un clic. Votre adresse ne sert à rien d’autre.
      </p>
      <button type="submit">M’abonner</button>
    </form>
  )
}
