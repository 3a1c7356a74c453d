// The options of `kepu stats estimate`, with help text, grouped as in issue 3.
import { type Command, Option } from 'commander';

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export const LONELY_PSU = ['fail', 'remove', 'certainty', 'adjust', 'average'] as const;
export const REP_TYPES = ['JK1', 'JKn', 'BRR', 'Fay', 'bootstrap'] as const;
export const CI_METHODS = ['wald', 'logit', 'likelihood', 'asin', 'beta', 'xlogit', 'wilson'] as const;
export const FORMATS = ['table', 'json', 'csv'] as const;
export const PPS_METHODS = ['brewer', 'overton', 'HR'] as const;
export const CALFUNS = ['linear', 'raking', 'logit'] as const;

export function addEstimateOptions(cmd: Command): Command {
  const group = (heading: string, options: Option[]): void => {
    for (const o of options) cmd.addOption(o.helpGroup(heading));
  };
  group('Design:', [
    new Option('--weights <col>', 'sampling weights column (inverse probabilities)'),
    new Option('--probs <col>', 'selection probabilities column (weights = 1/probs)'),
    new Option(
      '--ids <cols>',
      'cluster ids by stage, comma-separated (e.g. dnum,snum); default one row = one PSU',
    ),
    new Option('--strata <col>', 'stratum column'),
    new Option(
      '--fpc <cols>',
      'finite population correction by stage: population counts or sampling fractions',
    ),
    new Option('--nest', 'cluster ids are nested in strata (relabel them within each stratum)'),
    new Option('--lonely-psu <how>', 'what to do with a stratum that has one PSU')
      .choices(LONELY_PSU)
      .default('fail'),
    new Option(
      '--pps <method>',
      "PSUs drawn with probability proportional to size, without replacement (Brewer's or Overton's approximation, Hartley-Rao); --fpc then gives each cluster's selection probability",
    ).choices(PPS_METHODS),
    new Option(
      '--pps-psum <x>',
      'for --pps HR: the population sum of squared selection probabilities over n (default: estimated from the sample)',
    ),
  ]);
  group('Replicate weights:', [
    new Option(
      '--repweights <file>',
      'CSV of replicate analysis weights, one column per replicate (columns that are also in DATA, and the key, are ignored)',
    ),
    new Option(
      '--repweights-key <col>',
      'column joining the replicate weights file to DATA (default: same row order)',
    ),
    new Option('--reptype <type>', 'type of the supplied replicate weights').choices(REP_TYPES),
    new Option('--scale <x>', 'overall variance multiplier of the replicates (default from --reptype)'),
    new Option('--rscales <x,...>', 'per-replicate variance multipliers, comma-separated'),
    new Option('--fay-rho <x>', "Fay's rho (for Fay replicates)"),
    new Option(
      '--mse',
      'centre replicate variances on the full-sample estimate instead of the replicate mean',
    ),
    new Option('--replicates <type>', 'build replicate weights of this type from the design').choices(
      REP_TYPES,
    ),
    new Option('--replicates-n <n>', 'number of bootstrap replicates (default 50)'),
    new Option('--seed <n>', 'random seed for bootstrap replicates'),
  ]);
  group('Data:', [
    new Option(
      '--define <name=expr>',
      'derived variable, e.g. hi=api00>700 (repeatable; see Expressions below)',
    ).argParser(collect),
    new Option(
      '--subset <expr>',
      'estimate for the subset where EXPR is true, e.g. stype=="E" (kept as a domain of the full design)',
    ),
    new Option('--na-rm', 'leave out rows with a missing analysis variable (as a domain)'),
  ]);
  group('Calibration:', [
    new Option('--poststratify <col>', 'post-stratify on COL to the population counts in --margins'),
    new Option('--rake <cols>', 'rake on COL,COL,... to the margins in --margins'),
    new Option('--margins <file>', 'CSV variable,level,total of population counts for --poststratify/--rake'),
    new Option(
      '--calibrate <calfun>',
      'calibrate to the population totals in --totals (linear = GREG; logit needs --bounds)',
    ).choices(CALFUNS),
    new Option(
      '--maxit <n>',
      'for --rake: sweeps over the margins (default 10); for --calibrate: Newton steps (default 50)',
    ),
    new Option(
      '--epsilon <x>',
      'for --rake: largest cell change to stop at (default 1; < 1 is relative to the weight total); for --calibrate: relative misfit (default 1e-7)',
    ),
    new Option(
      '--bounds <lower,upper>',
      'for --calibrate: bounds on the ratio of calibrated to design weights, e.g. 0.5,2',
    ),
    new Option(
      '--totals <file>',
      'CSV variable,level,total; an empty level means the total of a numeric variable',
    ),
  ]);
  group('Statistic (give one):', [
    new Option('--mean <cols>', 'means; a text column gives the share of each level'),
    new Option('--total <cols>', 'totals; a text column gives the total of each level'),
    new Option('--ratio <num/den>', 'ratio of totals, e.g. api.stu/enroll (comma-separate several)'),
    new Option('--var <cols>', 'population variance (and covariances when several columns)'),
    new Option('--quantile <cols>', 'quantiles at the probabilities in --at'),
    new Option('--at <p,...>', 'probabilities for --quantile').default('0.25,0.5,0.75'),
    new Option('--prop <expr>', 'proportion where EXPR is true, with a confidence interval by --ci'),
    new Option('--ci <method>', 'confidence interval method for --prop (as svyciprop; wald is its "mean")')
      .choices(CI_METHODS)
      .default('logit'),
    new Option('--by <cols>', 'estimate in each domain defined by COL[,COL]'),
    new Option('--deff', 'add design effects'),
    new Option('--level <x>', 'confidence level of the intervals').default('0.95'),
  ]);
  group('Output:', [new Option('--format <format>', 'output format').choices(FORMATS).default('table')]);
  cmd.addHelpText(
    'after',
    `
Expressions (--define, --subset, --prop): column names (dots allowed, or \`quoted\`), numbers,
"strings", == != < <= > >=, + - * /, && || ! (also & |), parentheses, is.na(x), as.numeric(x),
TRUE FALSE NA. Conditions give 1/0; a missing value gives NA, and --subset drops it.

Output: a table by default; --format json prints
  { "statistic", "df", "estimates": [ { "by", "variable", "level"?, "estimate", "se", "ci"?, "deff"? } ] }
"level" is the level of a text variable, the probability of a quantile, or the second variable of a covariance.

Example:
  kepu stats estimate apiclus1.csv --ids dnum --weights pw --fpc fpc --by stype --mean api00 --deff`,
  );
  return cmd;
}
