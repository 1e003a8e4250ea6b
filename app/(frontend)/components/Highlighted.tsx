import { highlightParts } from '@/payload/search/searchQuery'

/** ts_headline output rendered safely: React escapes the text, matched words become <mark>. */
export function Highlighted({ headline }: { headline: string }) {
  return (
    <>
      {highlightParts(headline).map((part, index) => (part.highlighted ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  )
}
