# Reference values from R survey 4.1-1 for the survey domain: non-response adjustment, raking to the census
# margins, trimming with re-rake, and literacy estimates by domain with their gaps.
# Run from the repository root:
#   Rscript packages/domain/test/survey/r/survey-reference.R > packages/domain/test/survey/fixtures/r-survey-reference.json
suppressMessages({ library(survey); library(jsonlite) })
options(survey.lonely.psu = "fail")
d <- read.csv("packages/domain/test/survey/fixtures/synthetic-2026.csv", colClasses = "character")
d$responded <- as.numeric(d$responded)
d$design_weight <- as.numeric(d$design_weight)
d$literate <- as.numeric(d$literate)
census <- fromJSON("packages/domain/seed/survey/census-margins-211100.json")$margins

# non-response: weighting classes (cells), factor = sum of design weights / sum over respondents
all <- tapply(d$design_weight, d$cell, sum)
resp <- tapply(d$design_weight * d$responded, d$cell, sum)
d$nr_weight <- d$design_weight * (all / resp)[d$cell]
r <- d[d$responded == 1, ]

pop <- function(var, col) {
  x <- census[[var]]
  df <- data.frame(names(x), as.numeric(unlist(x)), stringsAsFactors = FALSE)
  names(df) <- c(col, "Freq")
  df
}
formulas <- list(~district, ~sex, ~age_group, ~urban_rural, ~education)
pops <- list(pop("district", "district"), pop("sex", "sex"), pop("ageGroup", "age_group"),
             pop("urbanRural", "urban_rural"), pop("education", "education"))
control <- list(maxit = 100, epsilon = 1e-10)
rake_from <- function(w) {
  r$w <- w
  rake(svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = r), formulas, pops, control = control)
}

raked <- rake_from(r$nr_weight)
first <- weights(raked)
cap_multiple <- 2
cap <- cap_multiple * mean(first)
rounds <- 0
trimmed <- 0
while (rounds < 10 && max(weights(raked)) > cap * (1 + 1e-6)) {
  trimmed <- trimmed + sum(weights(raked) > cap)
  t <- trimWeights(raked, upper = cap)
  raked <- rake_from(weights(t))
  rounds <- rounds + 1
}
final <- weights(raked)

cell <- function(des, method) {
  ci <- svyciprop(~literate, des, method = method)
  m <- svymean(~literate, des, deff = TRUE)
  list(estimate = as.numeric(coef(ci)), se = as.numeric(SE(ci)), ci = as.numeric(confint(ci)),
       deff = as.numeric(deff(m)), df = degf(des), n = sum(weights(des) != 0))
}
domains <- c("district", "sex", "age_group", "urban_rural", "education", "occupation", "target_group")
estimates <- list(overall = list(logit = cell(raked, "logit"), beta = cell(raked, "beta")))
for (v in domains) {
  for (l in sort(unique(r[[v]]))) {
    des <- raked[r[[v]] == l, ]
    estimates[[paste0(v, "=", l)]] <- list(logit = cell(des, "logit"), beta = cell(des, "beta"))
  }
}

# gaps: difference of two domain means from the totals' joint covariance (svycontrast's delta method; svyby with
# covmat = TRUE stops on this raked design in survey 4.1-1)
contrasts <- list()
for (v in c("urban_rural", "district")) {
  lv <- sort(unique(r[[v]]))
  for (i in seq_along(lv)) for (j in seq_along(lv)) if (i < j) {
    raked <- update(raked, ya = literate * (r[[v]] == lv[i]), ia = as.numeric(r[[v]] == lv[i]),
                    yb = literate * (r[[v]] == lv[j]), ib = as.numeric(r[[v]] == lv[j]))
    c1 <- svycontrast(svytotal(~ya + ia + yb + ib, raked), quote(ya / ia - yb / ib))
    contrasts[[paste0(v, ":", lv[i], "-", lv[j])]] <- list(difference = as.numeric(coef(c1)), se = as.numeric(SE(c1)))
  }
}

out <- list(
  note = "R survey 4.1-1 on fixtures/synthetic-2026.csv (synthetic data): rake(control = list(maxit = 100, epsilon = 1e-10)), trimWeights at 2 × mean weight and re-rake",
  nrWeights = unname(r$nr_weight),
  firstRake = unname(first),
  capMultiple = cap_multiple, cap = cap, trimRounds = rounds, trimmed = trimmed,
  finalWeights = unname(final),
  kishDeff = nrow(r) * sum(final^2) / sum(final)^2,
  estimates = estimates,
  contrasts = contrasts
)
cat(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = FALSE), "\n")
