import Link from 'next/link'

import { routes } from '@/payload/routes'

/** What the ranking does, in words a pupil and a parent can check against the result. */
export function QuizMethod() {
  return (
    <section aria-labelledby="comment-ca-marche" className="quiz__how">
      <h2 id="comment-ca-marche">Comment les métiers sont choisis</h2>
      <p>
        Chaque réponse donne des points à un ou plusieurs centres d’intérêt. Chaque fiche métier indique, elle aussi, les centres
        d’intérêt de ceux qui s’y plaisent. Un métier est proposé s’il partage au moins un centre d’intérêt avec vos réponses&nbsp;;
        il monte dans la liste avec les points de ces centres d’intérêt, et un métier qui en indique beaucoup ne passe pas devant pour
        autant. Les fiches qui n’indiquent aucun centre d’intérêt ne sont jamais proposées.
      </p>
      <p>
        Le résultat est une piste, pas un verdict&nbsp;: lisez les fiches, <Link href={routes.compare()}>comparez les métiers</Link>, et
        parlez-en avec un conseiller ou une conseillère d’orientation.
      </p>
    </section>
  )
}
