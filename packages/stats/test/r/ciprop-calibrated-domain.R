# Reference values for svyciprop(method = "logit" and "likelihood") in a domain of a raked design: R's subset of a
# calibrated design keeps the rows outside the domain with weight 0 (the glm still sees them), so a domain's interval
# is the domain's, not the whole sample's. survey 4.1-1.
# Run: Rscript packages/stats/test/r/ciprop-calibrated-domain.R /work/shared/data > packages/stats/test/fixtures/r-ciprop-calibrated-domain.json
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "/work/shared/data"
apiclus1 <- read.csv(file.path(dir, "api", "apiclus1.csv"), stringsAsFactors = FALSE)
apiclus1$hi700 <- as.numeric(apiclus1$api00 > 700)
dclus1 <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)
pop.types <- data.frame(stype = c("E", "H", "M"), Freq = c(4421, 755, 1018))
pop.schwide <- data.frame(sch.wide = c("No", "Yes"), Freq = c(1072, 5122))
raked <- rake(dclus1, list(~stype, ~sch.wide), list(pop.types, pop.schwide))
out <- character()
for (s in c("E", "M")) for (method in c("logit", "likelihood")) {
  ci <- svyciprop(~hi700, subset(raked, stype == s), method = method)
  out <- c(out, sprintf("  {\"domain\": \"%s\", \"method\": \"%s\", \"estimate\": %.17g, \"se\": %.17g, \"lower\": %.17g, \"upper\": %.17g}",
    s, method, coef(ci)[[1]], SE(ci)[[1]], confint(ci)[1], confint(ci)[2]))
}
cat("[\n", paste(out, collapse = ",\n"), "\n]\n", sep = "")
