/** A Playwright reporter that prints why each skipped test was skipped, so CI logs say it. */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Prints one line per skipped test with the reason given to `test.skip`. */
export default class SkipReasonReporter implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return
    const reasons = test.annotations
      .filter((annotation) => annotation.type === 'skip')
      .map((annotation) => annotation.description ?? 'no reason given')
    const title = test.titlePath().filter(Boolean).join(' › ')
    console.log(`  skipped: ${title} — ${reasons.join('; ') || 'no reason given'}`)
  }
}
