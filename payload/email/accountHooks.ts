import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { APIError, AuthenticationError, LockedAuth, type AfterErrorHook, type CollectionAfterChangeHook, type CollectionAfterErrorHook } from 'payload'

import { INVITATION_VALID_MS, invitationMail, lockedAccountMail } from './accountMails'
import { sendMail } from './send'

/**
 * An account made by an administrator: its owner gets a mail with a link to choose their own
 * password (a reset token valid seven days). The first account, made on the admin's own
 * screen by the person who then uses it, gets none. A mail that cannot be sent refuses the
 * creation, with the reason: the administrator must not believe an invitation left.
 */
export const inviteNewAccount: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.user || !doc.email) return doc
  const token = await req.payload.forgotPassword({
    collection: 'users',
    data: { email: doc.email },
    disableEmail: true,
    expiration: INVITATION_VALID_MS,
    req,
  })
  if (!token) return doc
  try {
    await sendMail(req.payload, {
      to: { name: doc.name || '', address: doc.email },
      content: invitationMail({ token, name: doc.name || '', invitedBy: (req.user as { name?: string }).name }),
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Invitation non envoyée à ${doc.email}` })
    // Public, in French: the administrator must know why nothing was created.
    throw new APIError(
      `Le courriel d’invitation n’a pas pu partir vers ${doc.email} (serveur d’envoi : ${(error as Error).message}). Le compte n’a pas été créé : réessayez plus tard.`,
      503,
      undefined,
      true,
    )
  }
  return doc
}

const isLoginRequest = (pathname: string | undefined) => Boolean(pathname && /\/users\/login\/?$/.test(pathname))

/**
 * Login failures, on the REST path the admin uses:
 * - a locked account answers exactly as a wrong password does (Payload says "locked", which
 *   tells anyone that the address has an account);
 * - the owner of an account that is locked is told by mail, once per lock: until when, and how
 *   to choose a new password. The lock is Payload's (auth.maxLoginAttempts, auth.lockTime).
 */
export const uniformLoginFailure: CollectionAfterErrorHook = async ({ error, req, collection }) => {
  if (!isLoginRequest(req.pathname)) return
  if (!(error instanceof LockedAuth) && !(error instanceof AuthenticationError)) return
  const email = typeof req.data?.email === 'string' ? req.data.email.toLowerCase().trim() : ''
  // Payload compares a password only for an account that exists and is not locked (about
  // 0.25 s of PBKDF2); the others answered at once, which timed who has an account. They now
  // pay the same hash.
  const known = email ? ((await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })) as Account | null) : null
  if (!known || error instanceof LockedAuth) await samePasswordCost(req.data?.password)
  // Not awaited: the attempt that locks an account must answer as fast as any other failure.
  if (known)
    void tellOwnerOfLock(req, known, collection.auth.maxLoginAttempts).catch((mailError: unknown) =>
      req.payload.logger.error({ err: mailError, msg: 'Le courriel « compte bloqué » n’a pas pu partir.' }),
    )
  if (error instanceof LockedAuth) {
    const same = new AuthenticationError(req.t)
    return { response: { errors: [{ message: same.message }] }, status: same.status }
  }
}

const hash = promisify(pbkdf2)

/** Payload's own password hash (PBKDF2-SHA256, 600 000 iterations, 32 bytes), on nothing. */
const samePasswordCost = async (password: unknown) => {
  await hash(typeof password === 'string' ? password : '', randomBytes(32), 600_000, 32, 'sha256')
}

/** Payload says this one in English, whatever the admin's language (resetPassword operation). */
export const frenchResetTokenError: CollectionAfterErrorHook = ({ error, req }) => {
  if (error instanceof APIError && error.message === 'Token is either invalid or has expired.')
    return {
      response: { errors: [{ message: 'Ce lien n’est plus valable (déjà utilisé, ou plus d’une heure — sept jours pour une invitation). Demandez-en un nouveau avec « Mot de passe oublié ».' }] },
      status: error.status,
    }
}

type Account = { id: number; email: string; lockUntil?: string | null; lockNoticeFor?: string | null }

/** The account as read after the failed attempt: locked by it or before it. */
const tellOwnerOfLock = async (req: Parameters<CollectionAfterErrorHook>[0]['req'], user: Account, attempts: number) => {
  if (!user.lockUntil || new Date(user.lockUntil).getTime() <= Date.now()) return
  if (user.lockNoticeFor && new Date(user.lockNoticeFor).getTime() === new Date(user.lockUntil).getTime()) return
  // Claimed before sending: two failed logins at the same moment send one mail.
  const claimed = await req.payload.db.updateOne({
    collection: 'users',
    data: { lockNoticeFor: user.lockUntil },
    where: {
      and: [
        { id: { equals: user.id } },
        { or: [{ lockNoticeFor: { exists: false } }, { lockNoticeFor: { not_equals: user.lockUntil } }] },
      ],
    },
    options: { atomic: true },
    req,
    returning: true,
  })
  if (!claimed) return
  await sendMail(req.payload, { to: user.email, content: lockedAccountMail({ until: new Date(user.lockUntil), attempts }) })
}

/**
 * The same on GraphQL (`loginUser`), where collection hooks do not run: Payload's GraphQL
 * handler names the error class in `extensions.name`, "LockedAuth" against
 * "AuthenticationError" for an unknown address. A config-level afterError hook.
 */
export const uniformGraphqlLoginFailure: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!graphqlResult || !((error as { originalError?: unknown }).originalError instanceof LockedAuth)) return
  const same = new AuthenticationError(req.t)
  return { graphqlResult: { ...graphqlResult, message: same.message, extensions: { ...graphqlResult.extensions, name: same.name, statusCode: same.status } } }
}
