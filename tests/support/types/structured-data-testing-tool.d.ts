/** The small part of structured-data-testing-tool 4 (which ships no types) the tests use. */
declare module 'structured-data-testing-tool' {
  /** One test of a preset and how it went. */
  export interface StructuredDataTestResult {
    readonly test: string
    readonly description?: string
    readonly error?: { readonly message?: string }
  }

  /** What a run found; a run with a failed test rejects with `{ res: this }`. */
  export interface StructuredDataReport {
    readonly passed: readonly StructuredDataTestResult[]
    readonly failed: readonly StructuredDataTestResult[]
    readonly warnings: readonly StructuredDataTestResult[]
    readonly structuredData: { readonly jsonld: Readonly<Record<string, readonly unknown[]>> }
  }

  /** A preset: a named set of tests. */
  export interface StructuredDataPreset {
    readonly name: string
    readonly tests: readonly unknown[]
  }

  export function structuredDataTestHtml(
    html: string,
    options: { readonly presets?: readonly StructuredDataPreset[]; readonly schemas?: string[] }
  ): Promise<StructuredDataReport>
}

declare module 'structured-data-testing-tool/presets/google/schemas/ClaimReview' {
  import type { StructuredDataPreset } from 'structured-data-testing-tool'
  export const ClaimReview: StructuredDataPreset
}
