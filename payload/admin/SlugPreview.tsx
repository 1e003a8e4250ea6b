'use client'

import { useFormFields } from '@payloadcms/ui'

import { slugify } from '@/payload/fields/slugify'
import { NBSP } from '@/payload/i18n/typography'

/**
 * Under the slug field: the page's address as it will be, live while the editor types (from the
 * title when the slug is left empty, folded the way the server will fold it).
 */
export function SlugPreview({ prefix }: { prefix: string }) {
  const slug = useFormFields(([fields]) => fields.slug?.value)
  const title = useFormFields(([fields]) => fields.title?.value)
  const source = (typeof slug === 'string' && slug.trim()) || (typeof title === 'string' ? title : '')
  const folded = slugify(source)
  return (
    <div className="field-description slug-preview">
      {folded ? (
        <>
          Adresse de la page{NBSP}: <code>{`${prefix}${folded}`}</code>
          {!(typeof slug === 'string' && slug.trim()) && ' (déduite du titre)'}
        </>
      ) : (
        `Fin de l’adresse de la page. Laissez vide${NBSP}: elle est déduite du titre.`
      )}
    </div>
  )
}
