# The whole-process reference of `npm run bench:stats`: R reads the benchmark CSV (plain or .csv.gz) with read.csv,
# builds the stratified cluster design and prints the by-domain mean of y with its SE, one domain per line.
# Rscript packages/stats/bench/whole-process.R synth1m.csv.gz
suppressPackageStartupMessages(library(survey))
path <- commandArgs(trailingOnly = TRUE)[1]
d <- read.csv(path)
des <- svydesign(id = ~cluster, strata = ~stratum, weights = ~w, nest = TRUE, data = d)
r <- svyby(~y, ~domain, des, svymean)
cat(sprintf("%s,%.17g,%.17g\n", r$domain, r$y, SE(r)), sep = "")
