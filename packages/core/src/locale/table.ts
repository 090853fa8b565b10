/**
 * The shape every message table has (bảng thông báo): a problem is a stable CODE plus typed parameters, and a
 * locale turns it into a sentence. Each area of the program declares its codes once, as an interface from code
 * to parameter type, and gives one table per locale; TypeScript then refuses a table that misses a code or
 * reads a parameter that does not exist.
 *
 *   export interface BytesParams { XLSX_ENCRYPTED: { file: string } }
 *   export const bytesVi: MessageTable<BytesParams> = { XLSX_ENCRYPTED: (p) => `Tệp ${p.file} có mật khẩu mở…` };
 *   export const bytesEn: MessageTable<BytesParams> = { XLSX_ENCRYPTED: (p) => `${p.file} is password-protected…` };
 *
 * Parameters are plain data (strings already formatted the way the sentence shows them, numbers, booleans,
 * string lists), so a problem can be serialised (JSON, a Web Worker message) and rendered later.
 */
export type Locale = 'vi' | 'en';

/** One parameter value: plain data only. */
export type ParamValue = string | number | boolean | null | undefined | readonly string[];

/** The parameters of one code (declare them as an interface whose fields are `ParamValue`s). */
export type Params = { readonly [key: string]: ParamValue };

/** Code → sentence renderer, for one locale. `P` maps each code to its parameter type. */
export type MessageTable<P> = { readonly [K in keyof P]: (p: P[K]) => string };
