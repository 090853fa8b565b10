/** Sourced lists of the units that report and submit (danh sách đơn vị có nguồn). */
export { laoCaiCommunes2025, laoCaiCommunes2025Source, NQ_1673, type CommuneRecord } from './lao-cai-2025.ts';
