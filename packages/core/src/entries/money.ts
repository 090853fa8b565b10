/**
 * `@dutoan/core/money` — exact đồng arithmetic (decimal.js, never JS floats), Vietnamese number formats
 * ("1.234.567", "1.234,5") read and written, and the rounding rules of the estimate.
 * @module @dutoan/core/money
 */
import '../locale/install.ts';

export * from '../money/index.ts';
