/**
 * Accessibility checks the e2e specs share: every visible control's accessible name is exactly
 * its visible label (both ways: from the DOM and from the accessibility snapshot), and axe-core
 * finds no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

// A string, not a function: the e2e tests compile against Node's types, which have no DOM.
/**
 * Marks every visible control with data-probe and returns its visible label: the text of the
 * elements it is labelled by, a button's or link's text, else the text of its labels without
 * the control itself (a label wrapped around a select would otherwise seem to be named by its
 * options too).
 */
const PROBE_CONTROLS = `() => {
  const controls = document.querySelectorAll(
    'button, a[href], input:not([type=hidden]), select, textarea, [contenteditable=true], [role=textbox]'
  )
  const found = []
  controls.forEach((control, index) => {
    const box = control.getBoundingClientRect()
    if (box.width === 0 && box.height === 0) return
    let label = ''
    const labelledBy = control.getAttribute('aria-labelledby')
    if (labelledBy) {
      label = labelledBy.split(' ').map((id) => document.getElementById(id)?.innerText ?? '').join(' ')
    } else if (control.tagName === 'BUTTON' || control.tagName === 'A') {
      label = control.innerText
    } else {
      label = Array.from(control.labels || []).map((element) => {
        const copy = element.cloneNode(true)
        copy.querySelectorAll('input, select, textarea').forEach((inner) => inner.remove())
        return copy.textContent
      }).join(' ')
    }
    control.setAttribute('data-probe', String(index))
    found.push({ probe: String(index), label: label.replace(/\\s+/g, ' ').trim() })
  })
  return found
}`

const CONTROL_ROLES = new Set(['button', 'link', 'textbox', 'combobox', 'checkbox', 'radio'])

/** The names of the controls in the page's accessibility snapshot (Playwright's YAML). */
async function snapshotControlNames(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot()
  return [...snapshot.matchAll(/^\s*- (\w+) "((?:[^"\\]|\\.)*)"/gm)]
    .filter((match) => CONTROL_ROLES.has(match[1] ?? ''))
    .map((match) => (match[2] ?? '').replace(/\\"/g, '"'))
}

export async function expectNamesAreLabels(
  page: Page,
  where: string,
  /** Fewer controls than this means the page did not render what the test expects. */
  minControls = 4
): Promise<void> {
  const controls = await page.evaluate<{ probe: string; label: string }[]>(`(${PROBE_CONTROLS})()`)
  expect(controls.length, `${where} has controls`).toBeGreaterThanOrEqual(minControls)
  for (const { probe, label } of controls) {
    const control = page.locator(`[data-probe="${probe}"]`)
    expect(label, `${where}: control ${probe} has a visible label`).not.toBe('')
    await expect(control, `${where}: "${label}"`).toHaveAccessibleName(label)
  }
  // The other way round: every control the accessibility tree names is named by a visible label.
  const labels = new Set(controls.map((control) => control.label))
  for (const name of await snapshotControlNames(page)) {
    expect(labels, `${where}: "${name}" from the accessibility snapshot`).toContain(name)
  }
}

export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
    )
  expect(serious, where).toEqual([])
}
