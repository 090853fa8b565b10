/** @dutoan/excel-addin — Excel task pane and custom functions (thin adapter over @dutoan/core). */
export {};
