import { describe, expect, it } from 'vitest'

import { MAX_LIMIT, MAX_PAGE, numberProblem, readProblem } from '@/payload/http/readParameters'

// The query-string checks on their own, as qs hands them over (text, arrays, objects).
describe('read parameters', () => {
  it('takes whole pages from 1 to MAX_PAGE, limits from 0 to MAX_LIMIT, depths from 0', () => {
    for (const page of ['1', 1, String(MAX_PAGE)]) expect(numberProblem('page', page)).toBeNull()
    for (const page of ['0', '-1', -1, '1.5', 1.5, 'abc', String(MAX_PAGE + 1), '1e3', ' 1', '9'.repeat(20)]) expect(numberProblem('page', page)?.parameter).toBe('page')
    for (const limit of ['0', 0, String(MAX_LIMIT)]) expect(numberProblem('limit', limit)).toBeNull()
    for (const limit of ['-1', -1, String(MAX_LIMIT + 1), '0x10', 'NaN']) expect(numberProblem('limit', limit)?.parameter).toBe('limit')
    for (const depth of ['0', '3', 2]) expect(numberProblem('depth', depth)).toBeNull()
    for (const depth of ['-1', -1, '1.5']) expect(numberProblem('depth', depth)?.parameter).toBe('depth')
    expect(numberProblem('page', undefined)).toBeNull()
    expect(numberProblem('page', '')).toBeNull()
  })

  it('refuses a number given twice or as an object', () => {
    expect(readProblem({ limit: ['1', '2'] })?.parameter).toBe('limit')
    expect(readProblem({ page: { x: '1' } })?.parameter).toBe('page')
  })

  it('reads a `where` as an object or as JSON text, with an operator on every field', () => {
    expect(readProblem({ where: { title: { equals: 'x' } } })).toBeNull()
    expect(readProblem({ where: '{"title":{"equals":"x"}}' })).toBeNull()
    expect(readProblem({ where: { or: [{ title: { like: 'x' } }, { AND: [{ id: { equals: 1 } }] }] } })).toBeNull()
    expect(readProblem({ where: 'abc' })?.message.fr).toMatch(/n’est pas du JSON valide/)
    expect(readProblem({ where: '"abc"' })?.message.fr).toMatch(/doit être un objet/)
    expect(readProblem({ where: { title: 'x' } })?.message.fr).toMatch(/doit indiquer un opérateur/)
    expect(readProblem({ where: { and: 'x' } })?.message.fr).toMatch(/doit être une liste de filtres/)
    // An operator the adapter would drop, leaving a filter that matches everything.
    expect(readProblem({ where: { title: { foo: 'x' } } })?.message.fr).toMatch(/« foo » n’est pas un opérateur/)
    expect(readProblem({ where: { title: {} } })?.message.fr).toMatch(/doit indiquer un opérateur/)
    expect(readProblem({ where: { title: { exists: 'maybe' } } })?.message.fr).toMatch(/« exists » vaut/)
    // Payload fails on nulls (a TypeError) and reads an empty list as no condition at all.
    expect(readProblem({ where: { AND: null } })?.message.fr).toMatch(/doit être une liste de filtres/)
    expect(readProblem({ where: { title: null } })?.message.fr).toMatch(/doit indiquer un opérateur/)
    expect(readProblem({ where: { or: [] } })?.message.fr).toMatch(/ne peut pas être une liste vide/)
    let deep: Record<string, unknown> = { title: { equals: 'x' } }
    for (let i = 0; i < 30; i++) deep = { and: [deep] }
    expect(readProblem({ where: deep })?.message.fr).toMatch(/trop imbriqué/)
  })

  it('takes sorts by field names, descending with "-", several separated by commas', () => {
    for (const sort of ['title', '-publishedAt', 'pay.overall.min,-title', ['title', '-id'], 'title,', ' title', '']) expect(readProblem({ sort })).toBeNull()
    for (const sort of ['--title', 'title;drop', 'ti tle', { a: 'b' }]) expect(readProblem({ sort })?.parameter).toBe('sort')
  })

  it('refuses a `data` that is not JSON, which Payload would parse unguarded', () => {
    expect(readProblem({ data: '{"a":1}' })).toBeNull()
    expect(readProblem({ data: 'abc' })?.parameter).toBe('data')
  })

  it('takes boolean flags as true or false only, and select/populate as fields set to true or false', () => {
    expect(readProblem({ draft: 'true', pagination: 'false' })).toBeNull()
    expect(readProblem({ draft: 'yes' })?.parameter).toBe('draft')
    expect(readProblem({ select: { title: 'true', pay: { overall: { min: 'false' } } } })).toBeNull()
    expect(readProblem({ select: 'title' })?.parameter).toBe('select')
    expect(readProblem({ populate: { media: { alt: 'maybe' } } })?.parameter).toBe('populate')
  })

  it('words every problem in French and in English', () => {
    const found = readProblem({ page: '-1' })!
    expect(found.message.fr).toBe(`Le paramètre « page » doit être un nombre entier de 1 à ${MAX_PAGE.toLocaleString('fr-FR')}.`)
    expect(found.message.en).toBe(`The "page" parameter must be a whole number from 1 to ${MAX_PAGE}.`)
  })
})
