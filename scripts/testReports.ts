// What failed, read back from the JSON reports Vitest and Playwright write beside their usual
// output, so `npm test` can end with the failures themselves: a CI log is often read from its
// tail, where a failure printed twenty minutes earlier (unit, int) is out of sight.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const MESSAGE_LINES = 12

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '')
const firstLines = (text: string) =>
  plain(text)
    .split('\n')
    // The test's own frames tell where; the runner's add nothing.
    .filter((line) => !/node_modules|^\s*at new Promise/.test(line))
    .slice(0, MESSAGE_LINES)
    .map((line) => `      ${line}`)
    .join('\n')

type VitestReport = {
  testResults?: {
    name: string
    status: string
    message?: string
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[]
  }[]
}

/** Each failed Vitest test (or file that failed before its tests ran), with its first lines of error. */
export const vitestFailures = (file: string): string[] => {
  if (!existsSync(file)) return [`  (no report at ${file}: the run ended before writing it)`]
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestReport
  const lines: string[] = []
  for (const result of report.testResults ?? []) {
    const where = path.relative(process.cwd(), result.name)
    const failed = (result.assertionResults ?? []).filter((test) => test.status === 'failed')
    for (const test of failed) lines.push(`  ✗ ${where} › ${test.fullName}\n${firstLines(test.failureMessages?.[0] ?? '')}`)
    if (!failed.length && result.status === 'failed') lines.push(`  ✗ ${where}\n${firstLines(result.message ?? '')}`)
  }
  return lines
}

type PlaywrightSuite = {
  title: string
  file?: string
  suites?: PlaywrightSuite[]
  specs?: {
    title: string
    file: string
    line: number
    tests: { projectName: string; status: string; results: { status: string; error?: { message?: string } }[] }[]
  }[]
}

/** Each Playwright test that failed on every try, then each that passed only on a retry. */
export const playwrightFailures = (file: string): string[] => {
  if (!existsSync(file)) return [`  (no report at ${file}: the run ended before writing it)`]
  const report = JSON.parse(readFileSync(file, 'utf8')) as { suites?: PlaywrightSuite[] }
  const lines: string[] = []
  const walk = (suite: PlaywrightSuite) => {
    suite.suites?.forEach(walk)
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue
        const error = test.results.find((result) => result.error)?.error?.message ?? ''
        const mark = test.status === 'flaky' ? '~ passed on a retry:' : '✗'
        lines.push(`  ${mark} [${test.projectName}] ${spec.file}:${spec.line} › ${spec.title}\n${firstLines(error)}`)
      }
  }
  report.suites?.forEach(walk)
  return lines
}
