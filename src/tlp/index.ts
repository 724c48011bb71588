export * from './marking'
export { canSee } from './visibility'
export { mostRestrictive } from './combine'
