/**
 * How this tab is signed in. Normally a browser session: the hub's HttpOnly cookie (the page never
 * sees it) plus its CSRF token, which every write sends in the X-CSRF-Token header. Scripts' API
 * tokens also work: kept for this tab only (sessionStorage), sent as a bearer token and as the live
 * feed's first message.
 */
const TOKEN = 'shieldwall.token'
const CSRF = 'shieldwall.csrf'

export const currentToken = (): string | null => sessionStorage.getItem(TOKEN)
export const currentCsrf = (): string | null => sessionStorage.getItem(CSRF)
export const rememberToken = (token: string): void => sessionStorage.setItem(TOKEN, token)
export const rememberCsrf = (csrf: string): void => sessionStorage.setItem(CSRF, csrf)
export const forgetCredentials = (): void => {
  sessionStorage.removeItem(TOKEN)
  sessionStorage.removeItem(CSRF)
}
