/**
 * What a reviewer can do to claims, bound to the room, the reviewer and the clock. Every call
 * returns the collab layer's Result, so the panel can show a refusal's message as it is.
 */
import type * as Y from 'yjs'
import type { Claim, Comment } from '../../../core/claims/claim'
import { refuse, type Result } from '../../../core/claims/result'
import { message } from '../../../core/i18n/message'
import type { LibrarySource } from '../../../core/claims/source-library'
import type { ClaimStatus } from '../../../core/claims/status'
import {
  assignClaim,
  attachClaimSource,
  confirmClaim,
  sendClaimBack,
  detachClaimSource,
  editClaimClaimant,
  editClaimStatement,
  setClaimStatus
} from '../../../collab/claims/claims-doc'
import { addClaimComment, replyToClaimComment } from '../../../collab/claims/claim-comments-doc'
import { addSourceToLibrary } from '../../../collab/claims/source-library-doc'
import { newId } from './new-id'
import { chooseSource } from './source-input'

/** The operations the claim detail offers. */
export interface ClaimActions {
  setStatus(claimId: string, to: ClaimStatus, note: string): Result<Claim>
  /** The second check: confirms another member's verification. */
  confirm(claimId: string, note: string): Result<Claim>
  /** Sends a verification back to In review; the note is required. */
  sendBack(claimId: string, note: string): Result<Claim>
  editStatement(claimId: string, statement: string): Result<Claim>
  editClaimant(claimId: string, claimant: string): Result<Claim>
  assign(claimId: string, assignee: string): Result<Claim>
  /** Attaches a library source named or linked by `input`, adding a new http(s) link first. */
  attachSource(claimId: string, input: string, library: readonly LibrarySource[]): Result<Claim>
  detachSource(claimId: string, sourceId: string): Result<Claim>
  comment(claimId: string, text: string): Result<Comment>
  reply(claimId: string, parentId: string, text: string): Result<Comment>
}

/** The actions of `author` in the room `doc`; `now` is the clock, replaceable in tests. */
export function claimActions(
  doc: Y.Doc,
  author: string,
  now: () => string = () => new Date().toISOString()
): ClaimActions {
  return {
    setStatus: (claimId, to, note) =>
      setClaimStatus(doc, claimId, { changeId: newId(), to, author, now: now(), note }),
    confirm: (claimId, note) =>
      confirmClaim(doc, claimId, { changeId: newId(), author, now: now(), note }),
    sendBack: (claimId, note) =>
      sendClaimBack(doc, claimId, { changeId: newId(), author, now: now(), note }),
    editStatement: (claimId, statement) => editClaimStatement(doc, claimId, statement),
    editClaimant: (claimId, claimant) => editClaimClaimant(doc, claimId, claimant),
    assign: (claimId, assignee) => assignClaim(doc, claimId, assignee.trim() || null),
    attachSource: (claimId, input, library) => {
      const choice = chooseSource(input, library)
      if (choice.kind === 'refused') return refuse(choice.reason)
      if (choice.kind === 'library') return attachClaimSource(doc, claimId, choice.source.id)
      // Two writes, so they go in one transaction: peers never see a half-added source.
      let result: Result<Claim> = refuse(message('claim.refusal.sourceNotAdded'))
      doc.transact(() => {
        const added = addSourceToLibrary(doc, { name: '', url: choice.url })
        result = added.ok ? attachClaimSource(doc, claimId, added.value.id) : added
      })
      return result
    },
    detachSource: (claimId, sourceId) => detachClaimSource(doc, claimId, sourceId),
    comment: (claimId, text) =>
      addClaimComment(doc, claimId, { id: newId(), author, now: now(), text }),
    reply: (claimId, parentId, text) =>
      replyToClaimComment(doc, claimId, parentId, { id: newId(), author, now: now(), text })
  }
}
