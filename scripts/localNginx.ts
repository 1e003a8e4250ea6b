import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Debian's nginx, when installed. */
export const nginxBinary = (): string | undefined => ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync)

/** The line of deploy/nginx.conf that says how long a public page is kept. */
const pageValidity = /proxy_cache_valid 200 301 302 404 \w+;/

/**
 * deploy/nginx.conf, the proxy docker-compose ships, as a local nginx runs it: in front of the
 * app servers on `appPorts`, listening on `proxyPort`, its cache and error page under `work`. `extra`
 * adds server blocks (the bench's static-file ceiling). `pageLifetime` (an nginx time, `10m`)
 * replaces how long public pages are kept: a test that must tell the app's refresh on publish
 * from the copies' own expiry runs the proxy with pages that do not expire meanwhile.
 */
export const localNginxConfig = ({ work, appPorts, proxyPort, refreshSecret, extra = '', pageLifetime }: { work: string; appPorts: number[]; proxyPort: number; refreshSecret: string; extra?: string; pageLifetime?: string }): string => {
  const shipped = readFileSync('deploy/nginx.conf', 'utf8')
  // Said aloud rather than ignored: a reworded line would otherwise leave the shipped lifetime.
  if (pageLifetime && !pageValidity.test(shipped)) throw new Error(`deploy/nginx.conf has no line matching ${pageValidity}: pageLifetime cannot be applied`)
  const site = (pageLifetime ? shipped.replace(pageValidity, `proxy_cache_valid 200 301 302 404 ${pageLifetime};`) : shipped)
    .replace('${PROXY_REFRESH_SECRET}', refreshSecret)
    .replace('server app:3000;', appPorts.map((port) => `server 127.0.0.1:${port};`).join('\n  '))
    .replace('/var/cache/nginx/reperes', path.join(work, 'nginx-cache'))
    .replace('/usr/share/nginx/reperes', path.resolve('deploy/errors'))
    .replace('listen 80;', `listen ${proxyPort};`)
  return `worker_processes auto; daemon off; user root; pid ${work}/nginx.pid; error_log ${work}/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off; keepalive_requests 100000;
  client_body_temp_path ${work}/nginx-tmp; proxy_temp_path ${work}/nginx-tmp;
  ${extra}
  ${site}
}`
}

/** Starts nginx with that configuration; stdout ignored (an unread pipe would block it). */
export const startLocalNginx = (options: Parameters<typeof localNginxConfig>[0]): ChildProcess => {
  const binary = nginxBinary()
  if (!binary) throw new Error('nginx is not installed (apt-get install -y nginx)')
  mkdirSync(options.work, { recursive: true })
  writeFileSync(path.join(options.work, 'nginx.conf'), localNginxConfig(options))
  return spawn(binary, ['-c', path.join(options.work, 'nginx.conf'), '-p', options.work], { stdio: ['ignore', 'ignore', 'inherit'] })
}
