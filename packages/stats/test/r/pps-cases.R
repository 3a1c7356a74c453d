# Reference values from R survey 4.1-1 for PPS designs without replacement: svydesign(pps = "brewer" | "overton" | HR()).
# Run from the repository root:
#   Rscript packages/stats/test/r/pps-cases.R /work/shared/data packages/stats/test/fixtures
#   npx biome format --write packages/stats/test/fixtures/r-pps-expected.json
# writes pps-election.csv, pps-strat.csv, pps-clus2.csv (the samples) and r-pps-expected.json (the values).
# Every value is computed from the CSV files as read back, so the TypeScript tests see the same numbers.
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else "/work/shared/data"
out_dir <- if (length(args) >= 2) args[2] else "packages/stats/test/fixtures"

# 1. R's own election_pps sample (40 counties, p = inclusion probability), with a domain column.
data(election)
el <- election_pps[, c("County", "TotPrecincts", "Bush", "Kerry", "votes", "p")]
el$County <- as.character(el$County)
el$size <- ifelse(el$TotPrecincts >= 100, "large", "small")
el$psum <- sum(election$p^2) / 40  # HR's population sum of p^2 / n

# Systematic PPS selection (Madow) of n units with sizes x: inclusion probabilities n x / sum(x), all < 1 here.
syspps <- function(x, n) {
  p <- n * x / sum(x)
  stopifnot(all(p < 1))
  cs <- c(0, cumsum(p))
  u <- runif(1) + 0:(n - 1)
  idx <- findInterval(u, cs)
  list(index = idx, p = p)
}

# (Overton and HR designs take the numeric stratum code strcode: R 4.1-1 fails on character strata there.)
# 2. Stratified element PPS sample from apipop: strata stype, pi proportional to api99, 8/6/6 schools.
apipop <- read.csv(file.path(dir, "api", "apipop.csv"), stringsAsFactors = FALSE)
set.seed(20261206)
parts <- list()
strata_n <- c(E = 8, M = 6, H = 6)
code <- 0
for (s in names(strata_n)) {
  code <- code + 1
  pop <- apipop[apipop$stype == s, ]
  sel <- syspps(pop$api99, strata_n[[s]])
  smp <- pop[sel$index, c("cds", "stype", "api00", "api99", "enroll", "sch.wide")]
  smp$p <- sel$p[sel$index]
  smp$psum <- sum(sel$p^2) / strata_n[[s]]
  smp$strcode <- code
  parts[[s]] <- smp
}
st <- do.call(rbind, parts)

# 3. Two-stage sample: 15 of the districts with 2–60 schools by PPS on their number of schools, then up to 3 schools by SRS in each.
dist <- aggregate(list(M = rep(1, nrow(apipop))), list(dnum = apipop$dnum), sum)
dist <- dist[dist$M >= 2 & dist$M <= 60, ]
sel <- syspps(dist$M, 15)
cl <- list()
for (k in seq_along(sel$index)) {
  d <- dist[sel$index[k], ]
  sch <- apipop[apipop$dnum == d$dnum, ]
  m <- min(3, nrow(sch))
  pick <- sch[sample.int(nrow(sch), m), c("dnum", "snum", "stype", "api00", "enroll", "sch.wide")]
  pick$p1 <- sel$p[sel$index[k]]
  pick$p2 <- m / nrow(sch)
  cl[[k]] <- pick
}
c2 <- do.call(rbind, cl)

wr <- function(d, f) {
  path <- file.path(out_dir, f)
  write.csv(d, path, row.names = FALSE)
  read.csv(path, stringsAsFactors = FALSE)
}
el <- wr(el, "pps-election.csv")
st <- wr(st, "pps-strat.csv")
c2 <- wr(c2, "pps-clus2.csv")

designs <- list(
  el_brewer = svydesign(id = ~1, fpc = ~p, data = el, pps = "brewer"),
  el_overton = svydesign(id = ~1, fpc = ~p, data = el, pps = "overton"),
  el_hr = svydesign(id = ~1, fpc = ~p, data = el, pps = HR(el$psum[1])),
  el_hr1 = svydesign(id = ~1, fpc = ~p, data = el, pps = HR()),
  st_brewer = svydesign(id = ~1, strata = ~stype, fpc = ~p, data = st, pps = "brewer"),
  st_overton = svydesign(id = ~1, strata = ~strcode, fpc = ~p, data = st, pps = "overton"),
  st_hr = svydesign(id = ~1, strata = ~strcode, fpc = ~p, data = st,
                    pps = HR(as.matrix(st$psum), as.matrix(st$strcode))),
  st_hr1 = svydesign(id = ~1, strata = ~strcode, fpc = ~p, data = st, pps = HR()),
  c1_brewer = svydesign(id = ~dnum, fpc = ~p1, data = c2, pps = "brewer"),
  c1_overton = svydesign(id = ~dnum, fpc = ~p1, data = c2, pps = "overton"),
  c1_hr1 = svydesign(id = ~dnum, fpc = ~p1, data = c2, pps = HR()),
  c2_brewer = svydesign(id = ~dnum + snum, fpc = ~p1 + p2, data = c2, pps = "brewer")
)

num <- function(x) if (is.na(x)) "null" else sprintf("%.17g", x)
entries <- character()
put <- function(id, design, call, values) {
  v <- paste0("\"", names(values), "\": ", vapply(values, num, ""), collapse = ", ")
  entries <<- c(entries, sprintf("  {\"id\": \"%s\", \"design\": \"%s\", \"call\": \"%s\", \"values\": {%s}}",
                                 id, design, gsub("\"", "\\\\\"", call), v))
}
stat <- function(s) {
  v <- c(coef(s), SE(s))
  names(v) <- c(paste0("est:", names(coef(s))), paste0("se:", names(coef(s))))
  if (length(coef(s)) == 2) v <- c(v, cov12 = as.matrix(vcov(s))[1, 2])
  v
}
byvals <- function(r) {
  v <- c(coef(r), SE(r))
  names(v) <- c(paste0("est:", names(coef(r))), paste0("se:", names(coef(r))))
  v
}
calls <- list(
  el = c(total = "svytotal(~Bush+Kerry, D)", mean = "svymean(~Bush+Kerry, D)",
         bymean = "svyby(~Bush, ~size, D, svymean)", bytotal = "svyby(~votes, ~size, D, svytotal)"),
  st = c(total = "svytotal(~api00+enroll, D)", mean = "svymean(~api00+enroll, D)",
         bymean = "svyby(~api00, ~sch.wide, D, svymean)", bytotal = "svyby(~enroll, ~sch.wide, D, svytotal)"),
  c1 = c(total = "svytotal(~enroll, D)", mean = "svymean(~api00+enroll, D)"),
  c2 = c(total = "svytotal(~enroll, D)", mean = "svymean(~api00+enroll, D)",
         bymean = "svyby(~api00, ~sch.wide, D, svymean)", bytotal = "svyby(~enroll, ~sch.wide, D, svytotal)")
)
for (dn in names(designs)) {
  D <- designs[[dn]]
  fam <- sub("_.*", "", dn)
  put(paste0(dn, ":degf"), dn, "degf(D)", c(degf = degf(D)))
  for (k in names(calls[[fam]])) {
    call <- calls[[fam]][[k]]
    r <- eval(parse(text = call))
    put(paste0(dn, ":", k), dn, call, if (startsWith(k, "by")) byvals(r) else stat(r))
  }
}
cat("[\n", paste(entries, collapse = ",\n"), "\n]\n", sep = "", file = file.path(out_dir, "r-pps-expected.json"))
