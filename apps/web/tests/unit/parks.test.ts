import { describe, expect, it } from 'vitest'
import { formatCost, numberProjects } from '../../src/lib/parks'

describe('formatCost', () => {
  it('gives the figure with its unit, as a range when staff gave one', () => {
    expect(formatCost({ kind: 'electricity', amount: 0.58, amountMax: 0.66 }, 'zh')).toBe(
      '0.58–0.66 元/千瓦时',
    )
    expect(formatCost({ kind: 'wages', amount: 3200, amountMax: 4500 }, 'en')).toBe(
      '3,200–4,500 CNY per month',
    )
    expect(formatCost({ kind: 'land-price', amount: 16.8, amountMax: null }, 'zh')).toBe(
      '16.8 万元/亩',
    )
  })
})

describe('numberProjects', () => {
  const projects = [{ id: 3 }, { id: 7 }, { id: 9 }]
  it('numbers the listed projects and pairs each with its marker', () => {
    const numbered = numberProjects(projects, [
      { project: { id: 9 }, x: 80, y: 20 },
      { project: 3, x: 10, y: 50 },
    ])
    expect(numbered.map(({ n, project, marker }) => [n, project.id, marker])).toEqual([
      [1, 3, { x: 10, y: 50 }],
      [2, 7, null],
      [3, 9, { x: 80, y: 20 }],
    ])
  })
  it('leaves off a marker whose project is not public (a draft, a dropped project)', () => {
    const numbered = numberProjects(projects, [{ project: 42, x: 5, y: 5 }])
    expect(numbered.every(({ marker }) => marker === null)).toBe(true)
  })
})
