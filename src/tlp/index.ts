export * from './marking'
export { canSee } from './visibility'
export { mostRestrictive } from './combine'
export { markingVisibleTo, visibleMarkingIds } from './sql-filter'
