import type { ReactNode } from 'react'

/** A titled section of a career sheet or post, labelled by its own heading. */
export function Panel({ id, title, className = 'panel', children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}
