import { readdirSync } from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-postgres'
import { describe, expect, it } from 'vitest'

import { testPayload } from './payload'

describe('migrations', () => {
  it('have all been applied to the fresh test database', async () => {
    const payload = await testPayload()
    const files = readdirSync(path.resolve('payload/migrations'))
      .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
    expect(files.length).toBeGreaterThan(0)
    const { docs } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
    expect(docs.map((doc) => doc.name).sort()).toEqual(files.sort())
  })

  it('created the content tables with the unique slug indexes', async () => {
    const payload = await testPayload()
    const { rows } = await payload.db.drizzle.execute<{ indexdef: string }>(
      sql`select indexdef from pg_indexes where tablename in ('careers', 'news', 'sectors') and indexdef like '%UNIQUE%slug%'`,
    )
    expect(rows).toHaveLength(3)
  })
})
