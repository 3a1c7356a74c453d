// The checked request of `stats estimate` and its parts: what the option readers (request-*.ts) produce.
import type { CALFUNS, CI_METHODS, FORMATS, LONELY_PSU, PPS_METHODS, REP_TYPES } from './estimate-options.ts';
import type { CompiledExpr } from './expr.ts';

export type RepType = (typeof REP_TYPES)[number];
export type CiMethod = (typeof CI_METHODS)[number];

export type Statistic =
  | { kind: 'mean' | 'total' | 'var'; variables: string[] }
  | { kind: 'ratio'; pairs: { numerator: string; denominator: string }[] }
  | { kind: 'quantile'; variables: string[]; at: number[] }
  | { kind: 'prop'; expr: CompiledExpr; ci: CiMethod };

export type Calibration =
  | { kind: 'poststratify'; variables: string[]; margins: string }
  | { kind: 'rake'; variables: string[]; margins: string; control: IterationControl }
  | {
      kind: 'calibrate';
      calfun: (typeof CALFUNS)[number];
      totals: string;
      bounds?: [number, number];
      control: IterationControl;
    };

/** --maxit and --epsilon (R's rake control and calibrate's maxit, epsilon); undefined = the library's default. */
export interface IterationControl {
  maxit?: number;
  epsilon?: number;
}

export interface EstimateRequest {
  data: string;
  design: {
    weights?: string;
    probs?: string;
    ids: string[];
    strata?: string;
    fpc: string[];
    nest: boolean;
    lonelyPsu: (typeof LONELY_PSU)[number];
    pps?: (typeof PPS_METHODS)[number];
    ppsPsum?: number;
  };
  supplied?: {
    file: string;
    key?: string;
    type: RepType;
    scale?: number;
    rscales?: number[];
    fayRho?: number;
    mse: boolean;
  };
  build?: { type: RepType; n?: number; seed?: number; fayRho?: number; mse: boolean };
  defines: { name: string; expr: CompiledExpr }[];
  subset?: CompiledExpr;
  calibration?: Calibration;
  by: string[];
  statistic: Statistic;
  naRm: boolean;
  deff: boolean;
  level: number;
  format: (typeof FORMATS)[number];
}

/** Options as commander gives them (camelCase); `explicit` lists options given on the command line. */
export type RawOptions = Record<string, string | string[] | boolean | undefined>;
