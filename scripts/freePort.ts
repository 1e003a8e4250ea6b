import net from 'node:net'

const listening = (): Promise<net.Server> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(server))
  })

/**
 * Asks the kernel for `count` free TCP ports on the loopback interface, all different: each is
 * held until every one is chosen (the kernel may hand a port it just freed out again, and two
 * servers of one test then collide on it).
 */
export const freePorts = async (count: number): Promise<number[]> => {
  const servers: net.Server[] = []
  try {
    for (let index = 0; index < count; index += 1) servers.push(await listening())
    return servers.map((server) => {
      const address = server.address()
      if (typeof address !== 'object' || !address) throw new Error('no port')
      return address.port
    })
  } finally {
    await Promise.all(servers.map((server) => new Promise((done) => server.close(done))))
  }
}

/** Asks the kernel for a free TCP port on the loopback interface. */
export const freePort = async (): Promise<number> => (await freePorts(1))[0]!
