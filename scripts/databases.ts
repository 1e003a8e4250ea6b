import pg from 'pg'

/** The same server as `serverUrl`, another database. */
export const databaseUrl = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

const onServer = async <T>(serverUrl: string, work: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates the database if it does not exist yet; says whether it did. */
export const ensureDatabase = (serverUrl: string, database: string): Promise<boolean> =>
  onServer(serverUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database])
    if (rowCount) return false
    await client.query(`create database ${quoteIdent(database)} encoding 'UTF8' template template0`)
    return true
  })

export const dropDatabase = (serverUrl: string, database: string): Promise<void> =>
  onServer(serverUrl, async (client) => {
    await client.query(`drop database if exists ${quoteIdent(database)} with (force)`)
  })

/**
 * Drops each of `names` and every database derived from one of them (`<name>_proxy`…): a test
 * run's own databases, including those a crashed test left behind.
 */
export const dropDatabasesDerivedFrom = (serverUrl: string, names: string[]): Promise<string[]> =>
  onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname = any($1::text[]) or exists (select 1 from unnest($2::text[]) as prefix where starts_with(datname, prefix))`,
      [names, names.map((name) => `${name}_`)],
    )
    for (const { datname } of rows) await client.query(`drop database if exists ${quoteIdent(datname)} with (force)`)
    return rows.map((row) => row.datname)
  })
