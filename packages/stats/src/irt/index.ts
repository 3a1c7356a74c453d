// Item response theory: Rasch, 2PL and 3PL by marginal maximum likelihood (a TypeScript counterpart of R's mirt 1.41).
export { fitIrt, type IrtData, type IrtFit, type IrtItem, type IrtOptions } from './fit-irt.ts';
export type { GuessPrior, IrtModel } from './item-model.ts';
