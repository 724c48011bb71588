export * from './incident'
export * from './nis2-clock'
