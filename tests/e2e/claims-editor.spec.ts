/** Tagging claims in the shared editor: highlights, anchors under concurrent edits, paste and undo. */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openAs, type OpenAsOptions } from './reviewer-page'

const BRIEFING = `The council voted 31 to 9 to build the river heat plant.

The plant is meant to heat 4,200 homes from 2028.
`

const EDITOR = '.briefing-text'

/** Reviewers here paste through the clipboard, and the briefing's text must be in before they tag. */
const REVIEWER: OpenAsOptions = {
  context: { permissions: ['clipboard-read', 'clipboard-write'] },
  firstStatus: true,
  briefing: { contains: 'council' }
}

// Page scripts are strings: the e2e tests compile against Node's types, which have no DOM.

/** Selects `needle`'s characters `start..end` (a caret when equal) in the editor's text. */
async function selectInEditor(
  page: Page,
  needle: string,
  start = 0,
  end = needle.length
): Promise<void> {
  await page.evaluate(`(async () => {
    const [needle, start, end] = ${JSON.stringify([needle, start, end])}
    const root = document.querySelector(${JSON.stringify(EDITOR)})
    // Other reviewers' caret labels are text in the DOM but not in the document.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => node.parentElement.closest('.collaboration-carets__caret')
        ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
    })
    const nodes = []
    let text = ''
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push([node, text.length])
      text += node.data
    }
    const at = text.indexOf(needle)
    if (at < 0) throw new Error('not in the editor: ' + needle)
    // At a boundary between text nodes the start of a selection takes the later node and its
    // end (or a caret) the earlier one, so a caret after a paragraph's last word stays there.
    const locate = (offset, preferEarlier) => {
      const order = preferEarlier ? nodes : [...nodes].reverse()
      const found = order.find(([node, from]) => from <= offset && offset <= from + node.data.length)
      if (!found) throw new Error('no text node at ' + offset)
      return [found[0], offset - found[1]]
    }
    const caret = start === end
    const [anchorNode, anchorOffset] = locate(at + start, caret)
    const [focusNode, focusOffset] = locate(at + end, true)
    const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
    // ProseMirror restores its own selection shortly after gaining focus; let that pass first.
    root.focus()
    await settle(50)
    const changed = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }))
    getSelection().setBaseAndExtent(anchorNode, anchorOffset, focusNode, focusOffset)
    await changed
    await settle(20)
  })()`)
}

/** Claim id → the text of all its highlight spans, in document order. */
async function claimTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate<Record<string, string>>(`(() => {
    const texts = {}
    for (const span of document.querySelectorAll(${JSON.stringify(EDITOR)} + ' span.claim')) {
      const id = span.getAttribute('data-claim-id')
      // A nested span's text also belongs to its ancestors' spans; count each span's own text.
      let own = ''
      for (const child of span.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) own += child.data
        else if (child.matches && child.matches('span.claim')) own += child.textContent
        else if (child.matches && !child.closest('.collaboration-carets__caret')) own += child.textContent
      }
      texts[id] = (texts[id] || '') + own
    }
    return texts
  })()`)
}

/** The editor's paragraphs as text, without other reviewers' caret labels. */
async function documentText(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    const copy = document.querySelector(${JSON.stringify(EDITOR)}).cloneNode(true)
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove())
    return [...copy.children].map((block) => block.textContent).join('\\n')
  })()`)
}

/** Dispatches a paste of `html` into the editor, as the clipboard would deliver it. */
async function pasteHtml(page: Page, html: string, plain: string): Promise<void> {
  await page.evaluate(`(() => {
    const data = new DataTransfer()
    data.setData('text/html', ${JSON.stringify(html)})
    data.setData('text/plain', ${JSON.stringify(plain)})
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    document.querySelector(${JSON.stringify(EDITOR)}).dispatchEvent(event)
  })()`)
}

/** Tags `needle` with the toolbar button and returns the new claim's id. */
async function tagWithButton(page: Page, needle: string): Promise<string> {
  const before = Object.keys(await claimTexts(page))
  await selectInEditor(page, needle)
  const button = page.getByRole('button', { name: 'Tag claim' })
  await expect(button).toBeEnabled()
  await button.click()
  return newClaimId(page, before)
}

async function newClaimId(page: Page, before: string[]): Promise<string> {
  let id = ''
  await expect(async () => {
    const added = Object.keys(await claimTexts(page)).filter((key) => !before.includes(key))
    expect(added).toHaveLength(1)
    id = added[0] ?? ''
  }).toPass()
  return id
}

function claimSpans(page: Page, id: string) {
  return page.locator(`${EDITOR} span.claim[data-claim-id="${id}"]`)
}

async function closeAll(...pages: Page[]): Promise<void> {
  for (const page of pages) await page.context().close()
}

test('tagging with the button and with Ctrl+Shift+C highlights and opens the new claim', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  const room = await seedRoom(BRIEFING)
  const alice = await openAs(browser, serverUrl, room, 'Alice', REVIEWER)
  const button = alice.getByRole('button', { name: 'Tag claim' })
  await expect(button).toBeDisabled()
  await expect(alice.getByText('Select text in the briefing to tag a claim.')).toBeVisible()

  const viaButton = await tagWithButton(alice, '31 to 9')
  const spans = claimSpans(alice, viaButton)
  await expect(spans).toHaveText('31 to 9')
  await expect(spans).toHaveClass(/claim--unverified/)
  await expect(spans).toHaveClass(/claim--open/)
  await expect(spans).toHaveAttribute('title', /Claim: Unverified/)

  const before = Object.keys(await claimTexts(alice))
  await selectInEditor(alice, '4,200 homes')
  await expect(button).toBeEnabled()
  await alice.keyboard.press('Control+Shift+C')
  const viaShortcut = await newClaimId(alice, before)
  await expect(claimSpans(alice, viaShortcut)).toHaveText('4,200 homes')
  // Opening the new claim moves the open marker off the previous one.
  await expect(claimSpans(alice, viaShortcut)).toHaveClass(/claim--open/)
  await expect(claimSpans(alice, viaButton)).not.toHaveClass(/claim--open/)
  await closeAll(alice)
})

test('overlapping and nested claims stay distinct, and the other reviewer sees them live', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  const room = await seedRoom(BRIEFING)
  const alice = await openAs(browser, serverUrl, room, 'Alice', REVIEWER)
  const bob = await openAs(browser, serverUrl, room, 'Bob', REVIEWER)

  const outer = await tagWithButton(alice, 'council voted 31')
  const overlapping = await tagWithButton(alice, '31 to 9 to build')
  const nested = await tagWithButton(alice, 'voted')
  const expected = {
    [outer]: 'council voted 31',
    [overlapping]: '31 to 9 to build',
    [nested]: 'voted'
  }
  await expect.poll(() => claimTexts(alice)).toEqual(expected)
  await expect.poll(() => claimTexts(bob)).toEqual(expected)
  // The nested claim's span sits inside the outer claim's.
  await expect(
    alice.locator(`span[data-claim-id="${outer}"] span[data-claim-id="${nested}"]`)
  ).toHaveText('voted')

  // A click on the nested text opens the innermost claim.
  await claimSpans(alice, outer)
    .first()
    .click({ position: { x: 2, y: 5 } })
  await expect(claimSpans(alice, outer).first()).toHaveClass(/claim--open/)
  await claimSpans(alice, nested).click()
  await expect(claimSpans(alice, nested)).toHaveClass(/claim--open/)
  await expect(claimSpans(alice, outer).first()).not.toHaveClass(/claim--open/)
  await closeAll(alice, bob)
})

test('Enter inside a claim keeps its id on both halves, for both reviewers', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  const room = await seedRoom(BRIEFING)
  const alice = await openAs(browser, serverUrl, room, 'Alice', REVIEWER)
  const bob = await openAs(browser, serverUrl, room, 'Bob', REVIEWER)
  const id = await tagWithButton(alice, 'river heat plant')
  await expect(claimSpans(bob, id)).toHaveText('river heat plant')

  await selectInEditor(alice, 'river heat plant', 5, 5)
  await alice.keyboard.press('Enter')
  for (const page of [alice, bob]) {
    await expect.poll(() => claimTexts(page)).toEqual({ [id]: 'river heat plant' })
    await expect(claimSpans(page, id)).toHaveCount(2)
    const withClaim = page.locator(`span.claim[data-claim-id="${id}"]`)
    await expect(page.locator(`${EDITOR} p`, { has: withClaim })).toHaveCount(2)
  }
  await closeAll(alice, bob)
})

test('a claim survives another reviewer typing and deleting inside it at the same time', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  const room = await seedRoom(BRIEFING)
  const alice = await openAs(browser, serverUrl, room, 'Alice', REVIEWER)
  const bob = await openAs(browser, serverUrl, room, 'Bob', REVIEWER)
  const id = await tagWithButton(alice, 'voted 31 to 9')
  await expect(claimSpans(bob, id)).toHaveText('voted 31 to 9')

  await selectInEditor(bob, 'voted 31 to 9', 9, 9)
  await selectInEditor(alice, 'from 2028', 9, 9)
  await Promise.all([
    (async () => {
      await bob.keyboard.type('(or 32) ')
      for (let i = 0; i < 3; i++) await bob.keyboard.press('Delete')
    })(),
    alice.keyboard.type(' onwards')
  ])
  for (const page of [alice, bob]) {
    await expect.poll(() => documentText(page)).toContain('from 2028 onwards')
    await expect.poll(() => claimTexts(page)).toEqual({ [id]: 'voted 31 (or 32) 9' })
  }
  await closeAll(alice, bob)
})

test('a copy pasted inside the briefing is new text; a cut and paste moves the claim', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  const room = await seedRoom(BRIEFING)
  const alice = await openAs(browser, serverUrl, room, 'Alice', REVIEWER)
  const id = await tagWithButton(alice, '4,200 homes')

  await selectInEditor(alice, '4,200 homes')
  await alice.keyboard.press('Control+C')
  await selectInEditor(alice, 'heat plant.', 11, 11)
  await alice.keyboard.press('Control+V')
  await expect(alice.getByRole('textbox', { name: 'Briefing text' })).toContainText(
    'heat plant.4,200 homes'
  )
  await expect(claimSpans(alice, id)).toHaveCount(1)
  await expect(alice.locator(`${EDITOR} p`).nth(1).locator('span.claim')).toHaveCount(1)
  await expect(alice.locator(`${EDITOR} p`).first().locator('span.claim')).toHaveCount(0)

  const held = '4,200 homes'
  await selectInEditor(alice, `${held} from`, 0, held.length + 1)
  await alice.keyboard.press('Control+X')
  await selectInEditor(alice, 'The council', 0, 0)
  await alice.keyboard.press('Control+V')
  await expect(claimSpans(alice, id)).toHaveText(held)
  await expect(alice.locator(`${EDITOR} p`).first()).toContainText(`${held} The council`)
  await closeAll(alice)
})

test('pasted HTML keeps its text but nothing executable', async ({
  browser,
  serverUrl,
  seedRoom
}) => {
  const room = await seedRoom(BRIEFING)
  const alice = await openAs(browser, serverUrl, room, 'Alice', REVIEWER)
  const bob = await openAs(browser, serverUrl, room, 'Bob', REVIEWER)
  const dialogs: string[] = []
  for (const page of [alice, bob]) page.on('dialog', (dialog) => dialogs.push(dialog.message()))

  await selectInEditor(alice, '2028.', 5, 5)
  await pasteHtml(
    alice,
    [
      '<p onclick="alert(1)" style="position:fixed;inset:0">Pasted',
      '<script>window.__pwned = "script"</script>',
      '<img src="x" onerror="window.__pwned = \'img\'">',
      ' <a href="javascript:window.__pwned=\'link\'">bad link</a>',
      ' <a href="https://example.org/ok" onmouseover="window.__pwned=\'hover\'">good link</a>',
      ' <span style="background:url(javascript:1)" onfocus="alert(2)">styled</span>',
      '<iframe src="javascript:alert(3)"></iframe></p>'
    ].join(''),
    'Pasted bad link good link styled'
  )

  for (const page of [alice, bob]) {
    const text = page.getByRole('textbox', { name: 'Briefing text' })
    await expect.poll(() => documentText(page)).toContain('Pasted bad link good link styled')
    // ProseMirror's own separator image is the only img allowed.
    const embedded = 'script, img:not(.ProseMirror-separator), iframe, object, embed'
    await expect(text.locator(embedded)).toHaveCount(0)
    await expect(text.locator('a[href="https://example.org/ok"]')).toHaveText('good link')
    const unsafe = await page.evaluate<string[]>(`(() => {
      const found = []
      for (const element of document.querySelectorAll(${JSON.stringify(EDITOR)} + ' *')) {
        for (const attribute of element.attributes) {
          const name = attribute.name.toLowerCase()
          const value = attribute.value.replace(/\\s/g, '').toLowerCase()
          if (name.startsWith('on') || value.startsWith('javascript:')) found.push(element.tagName + ' ' + name)
        }
        const style = element.getAttribute('style') || ''
        if (/javascript|position|url\\(/i.test(style)) found.push(element.tagName + ' style')
      }
      return found
    })()`)
    expect(unsafe).toEqual([])
  }
  await alice.locator(`${EDITOR} a`).hover()
  await alice.getByText('styled').click()
  expect(await alice.evaluate<unknown>('window.__pwned')).toBeUndefined()
  expect(await bob.evaluate<unknown>('window.__pwned')).toBeUndefined()
  expect(dialogs).toEqual([])
  await closeAll(alice, bob)
})

test('Ctrl+Z undoes only the reviewer’s own edits', async ({ browser, serverUrl, seedRoom }) => {
  const room = await seedRoom(BRIEFING)
  const alice = await openAs(browser, serverUrl, room, 'Alice', REVIEWER)
  const bob = await openAs(browser, serverUrl, room, 'Bob', REVIEWER)
  await selectInEditor(alice, 'heat plant.', 11, 11)
  await alice.keyboard.type(' Alice was here.')
  await selectInEditor(bob, 'from 2028.', 10, 10)
  await bob.keyboard.type(' Bob was here.')
  await expect.poll(() => documentText(alice)).toContain('Bob was here.')
  await expect.poll(() => documentText(bob)).toContain('Alice was here.')

  await alice.keyboard.press('Control+Z')
  for (const page of [alice, bob]) {
    await expect.poll(() => documentText(page)).not.toContain('Alice was here.')
    await expect.poll(() => documentText(page)).toContain('from 2028. Bob was here.')
  }
  await alice.keyboard.press('Control+Shift+Z')
  await expect.poll(() => documentText(bob)).toContain('heat plant. Alice was here.')
  await closeAll(alice, bob)
})
