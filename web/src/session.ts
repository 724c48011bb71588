/**
 * The browser's credential until the hub's cookie sessions arrive: an API token kept for this tab
 * only (sessionStorage, gone when the tab closes), sent as a bearer token and as the live feed's
 * first message.
 */
const KEY = 'shieldwall.token'

export const currentToken = (): string | null => sessionStorage.getItem(KEY)
export const rememberToken = (token: string): void => sessionStorage.setItem(KEY, token)
export const forgetToken = (): void => sessionStorage.removeItem(KEY)
