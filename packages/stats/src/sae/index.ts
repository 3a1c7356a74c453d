// Small-area estimation.
export { type FhCoefficient, type FhInput, type FhMethod, type FhResult, fayHerriot } from './fay-herriot.ts';
