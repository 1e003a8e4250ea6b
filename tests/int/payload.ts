import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

export const testPayload = (): Promise<Payload> => getPayload({ config })

let counter = 0

/** A user with the given roles, as the Local API sees it when acting on their behalf. */
export const makeUser = async (payload: Payload, roles: NonNullable<User['roles']>): Promise<User> => {
  counter += 1
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${roles.join('-')}-${counter}-${Date.now()}@reperes.test`,
      password: 'mot-de-passe-de-test',
      name: `Test ${roles.join(' ')}`,
      roles,
    },
  })
  return { ...user, collection: 'users' } as User
}
