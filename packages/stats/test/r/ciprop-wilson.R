# Reference values for svyciprop(method = "wilson"), the interval survey 4.2+ added beside the six of 4.1-1.
# survey 4.1-1 (the version checked against everywhere else) has no "wilson", so this script evaluates the Wilson
# score interval with the effective sample size in R from survey 4.1-1's svymean and degf:
#   n_eff = p(1 - p)/var(p), t = qt(alpha/2, df, lower.tail = FALSE),
#   (p + t^2/(2 n_eff) -/+ t/(2 n_eff) sqrt(4 n_eff p(1 - p) + t^2)) / (1 + t^2/n_eff).
# Run: Rscript packages/stats/test/r/ciprop-wilson.R /work/shared/data > packages/stats/test/fixtures/r-ciprop-wilson-expected.json
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "/work/shared/data"
rd <- function(f) read.csv(file.path(dir, "api", f), stringsAsFactors = FALSE)
apiclus1 <- rd("apiclus1.csv"); apistrat <- rd("apistrat.csv"); apiclus2 <- rd("apiclus2.csv")
designs <- list(
  dclus1 = svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1),
  dstrat = svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat),
  dclus2 = svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)
)
wilson <- function(design, level, df = degf(design)) {
  m <- svymean(~I(as.numeric(api00 > 700)), design)
  p <- unname(coef(m)[1]); v <- vcov(m)[1, 1]
  n_eff <- p * (1 - p) / v
  t <- qt((1 - level) / 2, df = df, lower.tail = FALSE)
  root <- sqrt(4 * n_eff * p * (1 - p) + t^2)
  lo <- (p + t^2 / (2 * n_eff) - t / (2 * n_eff) * root) / (1 + t^2 / n_eff)
  hi <- (p + t^2 / (2 * n_eff) + t / (2 * n_eff) * root) / (1 + t^2 / n_eff)
  c(estimate = p, se = sqrt(v), lower = lo, upper = hi, df = df)
}
out <- character()
for (d in names(designs)) for (level in c(0.95, 0.9)) {
  v <- wilson(designs[[d]], level)
  out <- c(out, sprintf("  {\"design\": \"%s\", \"level\": %s, %s}", d, level,
                        paste0("\"", names(v), "\": ", sprintf("%.17g", v), collapse = ", ")))
}
v <- wilson(subset(designs$dclus2, stype == "E"), 0.95)
out <- c(out, sprintf("  {\"design\": \"dclus2\", \"subset\": \"stype == 'E'\", \"level\": 0.95, %s}",
                      paste0("\"", names(v), "\": ", sprintf("%.17g", v), collapse = ", ")))
cat("[\n", paste(out, collapse = ",\n"), "\n]\n", sep = "")
