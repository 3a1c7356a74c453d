# Extra reference values from R survey 4.1-1 for cases beyond r-survey-expected.json.
# Run: Rscript packages/stats/test/r/extra-cases.R /work/shared/data > packages/stats/test/fixtures/r-extra-expected.json
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "/work/shared/data"
rd <- function(f) read.csv(file.path(dir, "api", f), stringsAsFactors = FALSE)
apisrs <- rd("apisrs.csv"); apistrat <- rd("apistrat.csv"); apiclus1 <- rd("apiclus1.csv"); apiclus2 <- rd("apiclus2.csv")
add <- function(d) { d$hi700 <- as.numeric(d$api00 > 700); d$ell0 <- as.numeric(d$ell == 0); d }
apisrs <- add(apisrs); apistrat <- add(apistrat); apiclus1 <- add(apiclus1); apiclus2 <- add(apiclus2)
apistrat$frac <- ave(rep(1, nrow(apistrat)), apistrat$stype, FUN = sum) / apistrat$fpc
apiclus1$prob <- 1 / apiclus1$pw

designs <- list(
  dsrs = svydesign(id = ~1, fpc = ~fpc, data = apisrs),
  dstrat = svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat),
  dstrat_frac = svydesign(id = ~1, strata = ~stype, fpc = ~frac, data = apistrat),
  dstrat_wr = svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat),
  dclus1 = svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1),
  dclus1_wr = svydesign(id = ~dnum, weights = ~pw, data = apiclus1),
  dclus1_probs = svydesign(id = ~dnum, probs = ~prob, fpc = ~fpc, data = apiclus1),
  dclus2 = svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2),
  dclus2_wr = svydesign(id = ~dnum + snum, weights = ~pw, data = apiclus2),
  dclus2s = svydesign(id = ~dnum + snum, strata = ~stype, weights = ~pw, data = apiclus2, nest = TRUE),
  dclus2s_fpc = svydesign(id = ~dnum + snum, strata = ~stype, fpc = ~fpc1 + fpc2, data = apiclus2, nest = TRUE)
)

out <- list()
num <- function(x) if (is.na(x)) "null" else if (is.infinite(x)) (if (x > 0) "Infinity" else "-Infinity") else sprintf("%.17g", x)
put <- function(id, call, values) {
  out[[length(out) + 1]] <<- list(id = id, call = call, values = values)
}
stat <- function(s) {
  v <- c(coef(s), SE(s))
  names(v) <- c(paste0("est:", names(coef(s))), paste0("se:", names(coef(s))))
  if (!is.null(attr(s, "deff"))) { d <- diag(as.matrix(attr(s, "deff"))); names(d) <- paste0("deff:", names(coef(s))); v <- c(v, d) }
  v
}
run <- function(id, call, f) {
  r <- tryCatch(f(), error = function(e) c(error = conditionMessage(e)))
  put(id, call, r)
}
ev <- function(txt) eval(parse(text = txt), envir = designs)

simple <- c(
  "svymean(~api00+enroll, dclus2, deff=TRUE, na.rm=TRUE)",
  "svytotal(~enroll, dstrat, deff=TRUE)",
  "svytotal(~enroll, dclus2_wr, deff=TRUE, na.rm=TRUE)",
  "svymean(~api00, dclus1_wr, deff=TRUE)",
  "svymean(~stype, dstrat)",
  "svymean(~factor(stype), dclus2, deff=TRUE)",
  "svytotal(~sch.wide, dclus1, deff=TRUE)",
  "svymean(~api00, dstrat_frac, deff=TRUE)",
  "svymean(~api00, dstrat_wr, deff=TRUE)",
  "svymean(~api00, dclus1_probs)",
  "svymean(~api00, dclus2s)",
  "svymean(~api00, dclus2s_fpc, deff=TRUE)",
  "svytotal(~enroll, dclus2s_fpc, na.rm=TRUE)",
  "svymean(~api00, subset(dclus2, stype=='H'))",
  "svytotal(~enroll, subset(dstrat, sch.wide=='Yes'), deff=TRUE)",
  "svymean(~api00, subset(dclus1, api99 > 600 & stype != 'E'), deff=TRUE)",
  "svymean(~hi700, dsrs, deff=TRUE)",
  "svymean(~hi700+ell0, dclus2)"
)
for (s in simple) run(s, s, function() stat(ev(s)))

ratios <- c(
  "svyratio(~api.stu, ~enroll, dclus2, na.rm=TRUE)",
  "svyratio(~api.stu, ~enroll, dstrat, deff=TRUE)",
  "svyratio(~api00, ~api99, dclus2s_fpc)",
  "svyratio(~api.stu, ~enroll, subset(dclus1, stype=='M'))"
)
for (s in ratios) run(s, s, function() {
  r <- ev(s); v <- c(ratio = r$ratio[1, 1], se = sqrt(r$var[1, 1]))
  if (!is.null(attr(r, "deff"))) v <- c(v, deff = attr(r, "deff")[1, 1]); v
})

vars <- c("svyvar(~api00+enroll, dclus2, na.rm=TRUE)", "svyvar(~api00, dstrat)", "svyvar(~enroll, dclus1, na.rm=TRUE)")
for (s in vars) run(s, s, function() {
  r <- ev(s); m <- as.matrix(r); se <- matrix(SE(r), nrow(m))
  v <- c(as.vector(m), as.vector(se)); names(v) <- c(paste0("var", seq_along(m)), paste0("se", seq_along(m))); v
})

bys <- c(
  "svyby(~api00, ~stype, dclus2, svymean, deff=TRUE)",
  "svyby(~enroll, ~stype+sch.wide, dstrat, svytotal, deff=TRUE)",
  "svyby(~api00+api99, ~stype, dstrat, svymean)",
  "svyby(~enroll, ~stype, dclus2, svymean, na.rm=TRUE)",
  "svyby(~hi700, ~sch.wide, dclus2s_fpc, svymean, deff=TRUE)"
)
for (s in bys) run(s, s, function() {
  r <- ev(s); v <- c(coef(r), as.vector(as.matrix(SE(r))))
  names(v) <- c(paste0("est:", names(coef(r))), paste0("se:", names(coef(r))))
  if (!is.null(attr(r, "svyby")$deffs) && isTRUE(attr(r, "svyby")$deffs)) { d <- as.vector(as.matrix(deff(r))); names(d) <- paste0("deff:", names(coef(r))); v <- c(v, d) }
  v
})

quants <- c(
  "svyquantile(~api00+enroll, dclus2, c(.1,.5,.9), na.rm=TRUE)",
  "svyquantile(~api00, dsrs, c(.25,.5,.75))",
  "svyquantile(~api00, dstrat, c(.05,.5,.95))",
  "svyquantile(~enroll, dclus1, c(.5), na.rm=TRUE)",
  "svyquantile(~api00, subset(dclus2s_fpc, stype=='E'), c(.25,.5))",
  "svyquantile(~ell, dclus1_wr, c(.1,.3,.5))"
)
for (s in quants) run(s, s, function() {
  r <- ev(s); v <- unlist(lapply(names(r), function(nm) { m <- r[[nm]]; x <- as.vector(m); names(x) <- paste(nm, rep(colnames(m), each = nrow(m)), rownames(m), sep = ":"); x }))
  v
})

props <- expand.grid(method = c("logit", "likelihood", "asin", "beta", "mean", "xlogit"),
                     d = c("dclus2", "dstrat", "subset(dclus1, stype=='E')", "dclus2s_fpc", "dsrs"), stringsAsFactors = FALSE)
for (k in seq_len(nrow(props))) {
  s <- sprintf("svyciprop(~I(ell==0), %s, method='%s')", props$d[k], props$method[k])
  if (props$d[k] %in% c("dstrat", "dsrs")) s <- sprintf("svyciprop(~I(api00>700), %s, method='%s')", props$d[k], props$method[k])
  run(s, s, function() { r <- ev(s); c(est = as.vector(coef(r)), se = as.vector(SE(r)), lower = confint(r)[1], upper = confint(r)[2]) })
}
s <- "svyciprop(~I(api00>700), dclus1, method='likelihood', level=0.9)"
run(s, s, function() { r <- ev(s); c(est = as.vector(coef(r)), se = as.vector(SE(r)), lower = confint(r)[1], upper = confint(r)[2]) })
s <- "svyciprop(~I(api00>700), dclus2, method='beta', level=0.8)"
run(s, s, function() { r <- ev(s); c(est = as.vector(coef(r)), se = as.vector(SE(r)), lower = confint(r)[1], upper = confint(r)[2]) })

# lonely PSUs: apiclus1 stratified by the first letter of cname (several strata with one district)
apiclus1$cl <- substr(apiclus1$cname, 1, 1)
for (opt in c("remove", "certainty", "adjust", "average", "fail")) {
  options(survey.lonely.psu = opt)
  dl <- svydesign(id = ~dnum, strata = ~cl, weights = ~pw, data = apiclus1)
  s <- sprintf("options(survey.lonely.psu='%s'); svymean(~api00+ell, svydesign(id=~dnum, strata=~cl, weights=~pw, data=apiclus1))", opt)
  run(s, s, function() stat(svymean(~api00 + ell, dl)))
  s2 <- sprintf("options(survey.lonely.psu='%s'); svyby(~api00, ~stype, svydesign(id=~dnum, strata=~cl, weights=~pw, data=apiclus1), svymean)", opt)
  run(s2, s2, function() { r <- svyby(~api00, ~stype, dl, svymean); v <- c(coef(r), SE(r)); names(v) <- c(paste0("est:", names(coef(r))), paste0("se:", names(coef(r)))); v })
}
options(survey.lonely.psu = "fail")
# a synthetic three-stage sample (written next to the JSON so the TypeScript test reads the same rows)
set.seed(20261129)
ms <- do.call(rbind, lapply(1:2, function(h) do.call(rbind, lapply(1:3, function(a) {
  nb <- 2 + (a %% 2)
  do.call(rbind, lapply(1:nb, function(b) {
    nc <- 2 + ((a + b) %% 3)
    data.frame(h = h, a = a, b = b, c = 1:nc, N1 = 5 + h, N2 = 4 + a, N3 = 6 + b,
               y = round(rnorm(nc, 10 * h + a, 2), 3))
  }))
}))))
ms$f1 <- 3 / ms$N1
ms$n2 <- ave(ms$b, ms$h, ms$a, FUN = function(v) length(unique(v)))
ms$f2 <- ms$n2 / ms$N2
ms$n3 <- ave(ms$c, ms$h, ms$a, ms$b, FUN = length)
ms$f3 <- ms$n3 / ms$N3
ms$w <- 1 / (ms$f1 * ms$f2 * ms$f3)
fixtures <- if (length(args) > 1) args[2] else "packages/stats/test/fixtures"
write.csv(ms, file.path(fixtures, "multistage3.csv"), row.names = FALSE)
designs$ms3 <- svydesign(id = ~a + b + c, strata = ~h, fpc = ~N1 + N2 + N3, data = ms, nest = TRUE)
designs$ms3_frac <- svydesign(id = ~a + b + c, strata = ~h, fpc = ~f1 + f2 + f3, data = ms, nest = TRUE)
designs$ms3_wr <- svydesign(id = ~a + b + c, strata = ~h, weights = ~w, data = ms, nest = TRUE)
for (s in c("svymean(~y, ms3, deff=TRUE)", "svytotal(~y, ms3_frac)", "svymean(~y, ms3_wr)",
            "svyby(~y, ~h, ms3, svytotal)", "svyquantile(~y, ms3, c(.5))")) {
  if (grepl("svyby", s)) run(s, s, function() { r <- ev(s); v <- c(coef(r), SE(r)); names(v) <- c(paste0("est:", names(coef(r))), paste0("se:", names(coef(r)))); v })
  else if (grepl("quantile", s)) run(s, s, function() { r <- ev(s); m <- r[[1]]; x <- as.vector(m); names(x) <- paste("y", rep(c("quantile", "ci.2.5", "ci.97.5", "se"), each = nrow(m)), rownames(m), sep = ":"); x })
  else run(s, s, function() stat(ev(s)))
}

# replicate designs through the same estimators
rclus1 <- as.svrepdesign(designs$dclus1, type = "JK1")
rstrat <- as.svrepdesign(designs$dstrat, type = "JKn")
designs$rclus1 <- rclus1
designs$rstrat <- rstrat
rep_simple <- c("svymean(~api00, rclus1, deff=TRUE)", "svytotal(~enroll, rclus1, deff=TRUE)",
                "svymean(~api00+api99, rstrat, deff=TRUE)", "svymean(~stype, rclus1)")
for (s in rep_simple) run(s, s, function() stat(ev(s)))
s <- "svyby(~api00, ~stype, rclus1, svymean, deff=TRUE)"
run(s, s, function() { r <- ev(s); v <- c(coef(r), SE(r), as.vector(as.matrix(deff(r)))); names(v) <- c(paste0("est:", names(coef(r))), paste0("se:", names(coef(r))), paste0("deff:", names(coef(r)))); v })
for (s in c("svyquantile(~api00, rclus1, c(.25,.5))", "svyquantile(~api00, rstrat, c(.1,.9))")) run(s, s, function() {
  r <- ev(s); unlist(lapply(names(r), function(nm) { m <- r[[nm]]; x <- as.vector(m); names(x) <- paste(nm, rep(c("quantile", "ci.2.5", "ci.97.5", "se"), each = nrow(m)), rownames(m), sep = ":"); x }))
})
for (m in c("logit", "likelihood", "asin", "beta", "mean", "xlogit")) for (dn in c("rclus1", "rstrat")) {
  s <- sprintf("svyciprop(~I(api00>700), %s, method='%s')", dn, m)
  run(s, s, function() { r <- ev(s); c(est = as.vector(coef(r)), se = as.vector(SE(r)), lower = confint(r)[1], upper = confint(r)[2]) })
}
# degrees of freedom
for (nm in names(designs)) put(paste0("degf ", nm), paste0("degf(", nm, ")"), c(degf = degf(designs[[nm]])))

cat("[\n")
for (i in seq_along(out)) {
  o <- out[[i]]
  vals <- o$values
  body <- if (!is.null(names(vals)) && "error" %in% names(vals)) sprintf('"error": "%s"', gsub('"', "'", vals[["error"]])) else
    paste(sprintf('"%s": %s', names(vals), vapply(as.numeric(vals), num, "")), collapse = ", ")
  cat(sprintf('  {"id": "%s", "values": {%s}}%s\n', gsub('"', '\\\\"', o$id), body, if (i < length(out)) "," else ""))
}
cat("]\n")
