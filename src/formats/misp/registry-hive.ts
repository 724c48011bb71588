/** Abbreviated Windows hives and their full names: STIX (and its OASIS schema) wants the full one. */
const HIVES: Record<string, string> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
  HKPD: 'HKEY_PERFORMANCE_DATA',
  HKDD: 'HKEY_DYN_DATA',
}

/** `HKLM\Software\Run` -> `HKEY_LOCAL_MACHINE\Software\Run`; other keys unchanged. */
export function fullHive(key: string): string {
  const m = /^(HK[A-Z]{1,3})(\\|\/|$)/i.exec(key)
  const full = m === null ? undefined : HIVES[m[1]!.toUpperCase()]
  return full === undefined ? key : `${full}${key.slice(m![1]!.length)}`
}
