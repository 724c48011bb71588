import { describe, expect, it } from 'vitest'
import { normalizeLookupValue } from './normalize'
import { refangValue } from './refang'

describe('refangValue', () => {
  it.each([
    ['hxxp://evil[.]example/path', 'http://evil.example/path'],
    ['hxxps[:]//evil[.]example', 'https://evil.example'],
    ['185.220.101[.]4', '185.220.101.4'],
    ['185(.)220(.)101(.)4', '185.220.101.4'],
    ['evil(dot)example', 'evil.example'],
    ['evil[dot]example', 'evil.example'],
    ['phish[@]evil[.]example', 'phish@evil.example'],
  ])('turns %s back into %s and says it did', (raw, live) => {
    expect(refangValue(raw)).toEqual({ value: live, refanged: true })
  })

  it.each(['185.220.101.4', 'evil.example', 'd41d8cd98f00b204e9800998ecf8427e', 'https://evil.example/a?b=c'])('leaves the live value %s as it is', (value) => {
    expect(refangValue(`  ${value} `)).toEqual({ value, refanged: false })
  })

  it('gives a defanged value the same keys as its live form', () => {
    expect(normalizeLookupValue(refangValue('hxxp://Evil[.]Example/x').value)).toEqual(normalizeLookupValue('http://evil.example/x'))
    expect(normalizeLookupValue(refangValue('10.0.0[.]1').value)).toEqual(['ipv4:10.0.0.1'])
  })
})
