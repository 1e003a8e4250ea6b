import configPromise from '@payload-config'
import { getRequestLanguage } from 'payload'
import { parseCookies } from 'payload/shared'

import type { Language } from './readParameters'

/**
 * The language Payload answers a request in: its cookie, else the client's Accept-Language
 * among French and English, else French (payload.config.ts). Our own messages follow it.
 */
export const requestLanguage = async (headers: Headers): Promise<Language> => {
  const language = getRequestLanguage({ config: await configPromise, cookies: parseCookies(headers), headers })
  return language === 'en' ? 'en' : 'fr'
}
