// Lighthouse's mobile profile (its default: a mid-range phone, 4× CPU slowdown, slow 4G
// simulated) on a page of the running portal, in Debian's Chromium. The CLI of the `lighthouse`
// package, offline; CHROME_PATH overrides the browser.
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js')
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync'

export type LighthouseRun = { score: number; fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number }

type Report = { categories: { performance: { score: number } }; audits: Record<string, { numericValue: number }> }

/** One Lighthouse performance run: the score (0–100) and the metrics it weighs. */
export const lighthouseRun = async (url: string): Promise<LighthouseRun> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [cli, url, '--quiet', '--only-categories=performance', '--output=json', '--output-path=stdout', `--chrome-flags=${CHROME_FLAGS}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, maxBuffer: 64 * 2 ** 20, timeout: 180_000 },
  )
  const report = JSON.parse(stdout) as Report
  const metric = (id: string) => Math.round(report.audits[id]!.numericValue)
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: Math.round(report.audits['cumulative-layout-shift']!.numericValue * 1000) / 1000,
    speedIndexMs: metric('speed-index'),
  }
}

/**
 * `runs` runs (3 by default), one after another: every run, and the one with the median score.
 * A first run is not counted: as every row of the bench, the page is measured warm (its images
 * resized once by the server, as for every visitor after the first).
 */
export const lighthouseMedian = async (url: string, runs = 3): Promise<{ median: LighthouseRun; runs: LighthouseRun[] }> => {
  await lighthouseRun(url)
  const results: LighthouseRun[] = []
  for (let run = 0; run < runs; run++) results.push(await lighthouseRun(url))
  const sorted = [...results].sort((a, b) => a.score - b.score)
  return { median: sorted[Math.floor(sorted.length / 2)]!, runs: results }
}
