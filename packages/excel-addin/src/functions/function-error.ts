/**
 * Errors of custom functions: Excel's CustomFunctions.Error in Excel, a plain error elsewhere (tests).
 * (@types/custom-functions-runtime is not a dependency; the few members used are typed here.)
 */

import { render, type Problem } from '@dutoan/core';

export type FunctionErrorCode = 'invalidValue' | 'notAvailable' | 'invalidNumber';

/** The members of Excel's `CustomFunctions` global this add-in uses. */
export interface CustomFunctionsApi {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => Error;
  ErrorCode: Record<FunctionErrorCode, string>;
}

export function customFunctionsApi(): CustomFunctionsApi | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsApi }).CustomFunctions;
}

export class FunctionError extends Error {
  constructor(readonly code: FunctionErrorCode, message: string) {
    super(message);
    this.name = 'FunctionError';
  }
}

/**
 * Throws the host's error object (shown in the cell as #VALUE!, #N/A, #NUM! with the problem's Vietnamese sentence
 * as tooltip).
 */
export function fail(code: FunctionErrorCode, problem: Problem): never {
  const message = render(problem.code, problem.params as never);
  const cf = customFunctionsApi();
  if (cf?.Error && cf.ErrorCode) throw new cf.Error(cf.ErrorCode[code], message);
  throw new FunctionError(code, message);
}
