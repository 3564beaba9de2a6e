/** A ProseMirror schema and document builders for the editor's unit tests. */
import { getSchema } from '@tiptap/core'
import type { Mark, MarkType, Node as PmNode, Schema } from '@tiptap/pm/model'
import { briefingExtensions } from './briefing-schema'

/** The briefing's schema, exactly as the editor builds it (without the sync layer). */
export const schema: Schema = getSchema(briefingExtensions())

/** The claim mark type of `schema`. */
export const claimType: MarkType = schema.marks['claim'] as MarkType

/** A claim mark with `id`. */
export function claim(id: string): Mark {
  return claimType.create({ id })
}

/** A text run carrying `marks`. */
export function text(value: string, ...marks: Mark[]): PmNode {
  return schema.text(value, marks)
}

/** A paragraph of text runs. */
export function paragraph(...runs: PmNode[]): PmNode {
  return schema.node('paragraph', null, runs)
}

/** A document of paragraphs. */
export function docOf(...blocks: PmNode[]): PmNode {
  return schema.node('doc', null, blocks)
}
