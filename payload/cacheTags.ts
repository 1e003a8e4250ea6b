// Cache tags shared by the read model (payload/queries.ts) and the revalidation hooks.
export const cacheTags = {
  careerList: 'careers:list',
  career: (slug: string) => `career:${slug}`,
  newsList: 'news:list',
  newsPost: (slug: string) => `news:${slug}`,
  sectors: 'sectors',
  media: 'media',
} as const
