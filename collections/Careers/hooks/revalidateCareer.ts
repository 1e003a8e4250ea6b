import type { Career } from '../../../payload-types'
import { cacheTags } from '../../../payload/cacheTags'
import { revalidatePublished } from '../../../payload/hooks/revalidatePublished'

export const revalidateCareer = revalidatePublished<Career>((...docs) => [
  cacheTags.careerList,
  ...docs.flatMap((doc) => (doc?.slug ? [cacheTags.career(doc.slug)] : [])),
])
