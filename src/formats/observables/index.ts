export {
  parsePattern,
  equalityObservables,
  pathToString,
  type PatternAst,
  type ObservationExpression,
  type ComparisonExpression,
  type ComparisonOperator,
  type Qualifier,
  type Literal,
  type ObjectPath,
  type PathStep,
  type EqualityObservable,
} from './stix-pattern'
export {
  normalizeObservable,
  normalizeLookupValue,
  observableKey,
  indexKey,
  type ObservableKind,
  type HexHashKind,
} from './normalize'
export { observableKeysOfStix, kindsOfPatternPath, keysOfEquality, hashKindOf, type StixLikeObject } from './stix-keys'
export { WarningLists, SHIPPED_WARNING_LISTS, type WarningList } from './warninglists'
export { refangValue, type Refanged } from './refang'
