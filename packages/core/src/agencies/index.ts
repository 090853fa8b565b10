/** Units that report or submit (đơn vị): the province's list as sourced data, departments from the user, matching a typed name. */
export type { AgencyKind, AgencyMatch, AgencyRegistry, AgencyUnit, FormerUnit } from './types.ts';
export { parseFormerUnits } from './former-units.ts';
export { laoCaiRegistry, registryFromJson, registryFileSchema, departmentsFromText, withUnits, kindWords, type RegistryFile } from './registry.ts';
export { matchAgency } from './match-agency.ts';
