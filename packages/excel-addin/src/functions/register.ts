/** Entry of functions.js: registers DUTOAN.* with Excel's custom functions runtime. */
import { customFunctionsApi } from './function-error.ts';
import { bangChu, donGia } from './functions.ts';

const cf = customFunctionsApi();
if (cf) {
  cf.associate('BANGCHU', bangChu);
  cf.associate('DONGIA', donGia);
}
