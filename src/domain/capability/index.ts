export * from './capability'
export * from './working-hours'
