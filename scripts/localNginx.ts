import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Debian's nginx, when installed. */
export const nginxBinary = (): string | undefined => ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync)

/**
 * deploy/nginx.conf, the proxy docker-compose ships, as a local nginx runs it: in front of the
 * app servers on `appPorts`, listening on `proxyPort`, its cache and error page under `work`. `extra`
 * adds server blocks (the bench's static-file ceiling).
 */
export const localNginxConfig = ({ work, appPorts, proxyPort, refreshSecret, extra = '' }: { work: string; appPorts: number[]; proxyPort: number; refreshSecret: string; extra?: string }): string => {
  const site = readFileSync('deploy/nginx.conf', 'utf8')
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
