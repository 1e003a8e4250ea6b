import { existsSync } from 'node:fs'

import { defineConfig, devices } from '@playwright/test'

// Browser tests run against the production build, started the way `npm start` starts it, on
// the throw-away database `npm test` prepared (see scripts/test.ts).
const port = Number(process.env.E2E_PORT || 3100)
const baseURL = `http://127.0.0.1:${port}`
// The mail server the app sends to, and where tests read what it received (tests/support/smtpSink.ts).
const smtpPort = Number(process.env.E2E_SMTP_PORT || port + 1)
export const mailboxPort = Number(process.env.E2E_MAILBOX_PORT || port + 2)

// Playwright cannot download its browsers here: use Debian's Chromium.
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // A `test.only` left in a spec would make CI run one test and call the suite green.
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: [
    {
      command: 'npx tsx tests/support/smtpSink.ts',
      url: `http://127.0.0.1:${mailboxPort}/`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: { E2E_SMTP_PORT: String(smtpPort), E2E_MAILBOX_PORT: String(mailboxPort) },
    },
    {
      command: 'node scripts/start.mjs',
      url: `${baseURL}/actualites`,
      timeout: 180_000,
      reuseExistingServer: false,
      env: { PORT: String(port), SITE_URL: baseURL, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, EMAIL_FROM: 'Repères <no-reply@reperes.test>' },
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
})
