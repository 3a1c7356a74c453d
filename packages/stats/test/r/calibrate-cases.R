# Reference values from R survey 4.1-1 for logit calibration (calfun = "logit" with bounds), bounded linear and
# logit calibration of a replicate design, and raking that does not converge (R warns and returns the design).
# Run from the repository root:
#   Rscript packages/stats/test/r/calibrate-cases.R /work/shared/data > packages/stats/test/fixtures/r-calibrate-extra-expected.json
#   npx biome format --write packages/stats/test/fixtures/r-calibrate-extra-expected.json
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "/work/shared/data"
rd <- function(f) read.csv(file.path(dir, "api", f), stringsAsFactors = FALSE)
apiclus1 <- rd("apiclus1.csv"); apistrat <- rd("apistrat.csv")
dclus1 <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)
dstrat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)
rclus1 <- as.svrepdesign(dclus1, type = "JK1")
pop <- c(`(Intercept)` = 6194, stypeH = 755, stypeM = 1018, api99 = 3914069)
pop_sw <- c(`(Intercept)` = 6194, sch.wideYes = 5122, api99 = 3914069)
pop.types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pop.schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))

num <- function(x) if (is.na(x)) "null" else sprintf("%.17g", x)
entries <- character()
put <- function(id, call, values, warning = NULL) {
  v <- paste0("\"", names(values), "\": ", vapply(values, num, ""), collapse = ", ")
  w <- if (is.null(warning)) "" else sprintf(", \"warning\": \"%s\"", gsub("\n", "", warning))
  entries <<- c(entries, sprintf("  {\"id\": \"%s\", \"call\": \"%s\"%s, \"values\": {%s}}", id, call, w, v))
}
est <- function(s, what) {
  v <- c(coef(s), SE(s))
  names(v) <- c(paste0(what, ":est:", names(coef(s))), paste0(what, ":se:", names(coef(s))))
  v
}
summarise <- function(d) {
  w <- if (inherits(d, "svyrep.design")) weights(d, "analysis") else weights(d)
  v <- c(est(svymean(~api00, d), "mean"), est(svytotal(~enroll, d, na.rm = TRUE), "total"),
         est(svyby(~api00, ~stype, d, svymean), "bymean"))
  ws <- setNames(w, paste0("w", seq_along(w)))
  c(v, ws)
}
withWarning <- function(expr) {
  msg <- NULL
  val <- withCallingHandlers(expr, warning = function(w) { msg <<- conditionMessage(w); invokeRestart("muffleWarning") })
  list(value = val, warning = msg)
}

cases <- list(
  logit_dclus1 = "calibrate(dclus1, ~stype+api99, pop, calfun='logit', bounds=c(0.7, 1.7))",
  logit_dclus1_wide = "calibrate(dclus1, ~stype+api99, pop, calfun='logit', bounds=c(0.2, 5))",
  logit_dstrat = "calibrate(dstrat, ~sch.wide+api99, pop_sw, calfun='logit', bounds=c(0.6, 1.5))",
  linear_dclus1_bounded = "calibrate(dclus1, ~stype+api99, pop, bounds=c(0.7, 1.7))",
  logit_rclus1 = "calibrate(rclus1, ~stype+api99, pop, calfun='logit', bounds=c(0.7, 1.7))",
  linear_rclus1_bounded = "calibrate(rclus1, ~stype+api99, pop, bounds=c(0.7, 1.7))",
  raking_rclus1 = "calibrate(rclus1, ~stype+api99, pop, calfun='raking')",
  linear_rclus1 = "calibrate(rclus1, ~stype+api99, pop)"
)
for (id in names(cases)) {
  d <- eval(parse(text = cases[[id]]))
  put(id, cases[[id]], summarise(d))
}

rakes <- list(
  rake_dclus1_maxit1 = "rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide), control=list(maxit=1, epsilon=1e-12))",
  rake_dclus1_maxit2 = "rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide), control=list(maxit=2, epsilon=1e-12))",
  rake_rclus1_maxit1 = "rake(rclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide), control=list(maxit=1, epsilon=1e-12))"
)
for (id in names(rakes)) {
  r <- withWarning(eval(parse(text = rakes[[id]])))
  d <- r$value
  ts <- svytable(~stype, d); tw <- svytable(~sch.wide, d)
  m <- c(setNames(as.vector(ts), paste0("margin:stype:", names(ts))),
         setNames(as.vector(tw), paste0("margin:sch.wide:", names(tw))))
  put(id, rakes[[id]], c(m, est(svymean(~api00, d), "mean")), r$warning)
}
cat("[\n", paste(entries, collapse = ",\n"), "\n]\n", sep = "")
