import { plainPageResponse } from './plainPage'

/** A sign-up or a button's form is well under a kilobyte; anything bigger is not ours. */
const MAX_FORM_BYTES = 16 * 1024

/**
 * A route handler for a public form's POST: the body read as a form within MAX_FORM_BYTES
 * (French 413 / 400 otherwise), and any failure answered with a French 503 page instead of
 * Next's blank 500 (the database out of reach, the mail server down).
 */
export const formRoute =
  (handle: (form: FormData, request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const home: [string, string] = ['Revenir à l’accueil', '/']
    if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES)
      return plainPageResponse(413, { title: 'Formulaire trop long', paragraphs: ['Ce formulaire envoie bien plus que ce qu’il contient : rechargez la page et réessayez.'], links: [home] })
    let form: FormData
    try {
      const body = await request.arrayBuffer()
      if (body.byteLength > MAX_FORM_BYTES) throw new RangeError('too long')
      form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData()
    } catch {
      return plainPageResponse(400, { title: 'Formulaire illisible', paragraphs: ['Le formulaire envoyé n’a pas pu être lu. Rechargez la page et réessayez.'], links: [home] })
    }
    try {
      return await handle(form, request)
    } catch (error) {
      console.error(error)
      return plainPageResponse(
        503,
        { title: 'Service momentanément indisponible', paragraphs: ['Votre demande n’a pas pu être traitée. Réessayez dans quelques minutes.'], links: [home] },
        { 'retry-after': '300' },
      )
    }
  }
