import type { CitedSource } from '@/payload/careers/citedSources'
import { webAddress } from '@/payload/careers/webAddress'

/** The "Sources" section's list: each source once, a link when it has an address. */
export function CareerSources({ sources }: { sources: CitedSource[] }) {
  return (
    <ul className="sources">
      {sources.map((source, index) => {
        const href = webAddress(source.url)
        return (
          <li key={`${index}-${source.title}`}>
            {href ? <a href={href}>{source.title}</a> : source.title}
            {source.date ? `, ${source.date}` : source.year ? `, ${source.year}` : ''}
            {source.licence && (
              <>
                {' '}
                (<a href={source.licence.url}>{source.licence.name}</a>)
              </>
            )}
          </li>
        )
      })}
    </ul>
  )
}
