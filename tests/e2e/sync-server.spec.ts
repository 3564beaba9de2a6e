// The start screen's "Sync server" section as the desktop app shows it. The page
// runs in Chromium with a stand-in for the preload's `window.claimdesk`, since
// no Electron binary is available here; main's side of the switch is unit-tested.
import { expect, test } from './fixtures'

/** Installs a fake DesktopApi whose chooseServer refuses one address and accepts the rest. */
function fakeDesktopApi(): void {
  // The node tsconfig that checks tests has no DOM types.
  const scope = globalThis as unknown as { location: { origin: string }; claimdesk?: unknown }
  const { origin } = scope.location
  let choice: { kind: 'this-computer' | 'team'; url: string } = {
    kind: 'this-computer',
    url: `${origin}/`
  }
  scope.claimdesk = {
    getServerUrl: () => Promise.resolve(origin),
    openBriefingFile: () => Promise.resolve(null),
    saveExport: () => Promise.resolve('cancelled'),
    printPdf: () => Promise.resolve('cancelled'),
    onMenuCommand: () => () => undefined,
    showLanguage: () => Promise.resolve(),
    getServerChoice: () => Promise.resolve(choice),
    chooseServer: (request: { kind: string; url?: string }) => {
      if (request.kind === 'this-computer') {
        choice = { kind: 'this-computer', url: `${origin}/` }
        return Promise.resolve({ ok: true })
      }
      if (request.url === 'http://nowhere.invalid') {
        return Promise.resolve({ ok: false, message: 'http://nowhere.invalid is not reachable.' })
      }
      choice = { kind: 'team', url: request.url ?? '' }
      return Promise.resolve({ ok: true })
    }
  }
}

test('on the desktop the start screen switches to a team server and back', async ({ page }) => {
  await page.addInitScript(fakeDesktopApi)
  await page.goto('/?user=Carla')
  const section = page.getByRole('region', { name: 'Sync server' })
  await expect(section).toContainText('Current server: This computer')
  await expect(section.getByRole('button', { name: 'Use this computer' })).toHaveCount(0)

  const address = section.getByLabel('Team server address')
  await address.fill('http://nowhere.invalid')
  await section.getByRole('button', { name: 'Connect' }).click()
  await expect(section.getByRole('alert')).toHaveText('http://nowhere.invalid is not reachable.')
  await expect(section).toContainText('Current server: This computer')

  await address.fill('http://newsroom.local:4567')
  await address.press('Enter')
  await expect(section).toContainText('Current server: http://newsroom.local:4567')
  await expect(section.getByRole('alert')).toHaveCount(0)

  await section.getByRole('button', { name: 'Use this computer' }).click()
  await expect(section).toContainText('Current server: This computer')
})
