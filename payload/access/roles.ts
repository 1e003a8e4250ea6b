import type { User } from '@/payload-types'

export type Role = NonNullable<User['roles']>[number]

export const hasRole = (user: unknown, ...roles: Role[]): boolean => {
  const userRoles = (user as Pick<User, 'roles'> | null | undefined)?.roles ?? []
  return userRoles.some((role) => roles.includes(role))
}
