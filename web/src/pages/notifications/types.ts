import type { ResponseBody } from '../../api'

export type Settings = ResponseBody<'/api/v1/notify/me', 'get'>
export const SETTINGS_KEY = ['notify-settings'] as const
