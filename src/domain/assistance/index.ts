export * from './request-machine'
export * from './offer-machine'
export * from './scoring'
export * from './matching'
