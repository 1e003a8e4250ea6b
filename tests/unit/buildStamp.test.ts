import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { buildIsCurrent, recordBuild, sourceHash } from '@/scripts/buildStamp'

let root = ''
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), text)
}

afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('build stamp', () => {
  it('holds a build current until a build input changes, and not for changes outside the inputs', () => {
    root = mkdtempSync(path.join(tmpdir(), 'reperes-stamp-'))
    write('app/page.tsx', 'export default 1')
    write('package-lock.json', '{}')
    write('.next/BUILD_ID', 'x')
    expect(buildIsCurrent(root)).toBe(false) // built, never stamped
    recordBuild(sourceHash(root), root)
    expect(buildIsCurrent(root)).toBe(true)
    write('tests/e2e/new.spec.ts', 'test')
    write('README.md', 'docs')
    expect(buildIsCurrent(root)).toBe(true)
    write('app/page.tsx', 'export default 2')
    expect(buildIsCurrent(root)).toBe(false)
    recordBuild(sourceHash(root), root)
    write('app/(frontend)/new/page.tsx', 'export default 3') // a new file counts too
    expect(buildIsCurrent(root)).toBe(false)
  })

  it('tells a renamed file from the same bytes under the old name', () => {
    root = mkdtempSync(path.join(tmpdir(), 'reperes-stamp-'))
    write('payload/a.ts', 'x')
    const before = sourceHash(root)
    rmSync(path.join(root, 'payload/a.ts'))
    write('payload/b.ts', 'x')
    expect(sourceHash(root)).not.toBe(before)
  })

  it('counts a missing build as not current', () => {
    root = mkdtempSync(path.join(tmpdir(), 'reperes-stamp-'))
    write('app/page.tsx', 'x')
    expect(buildIsCurrent(root)).toBe(false)
  })
})
