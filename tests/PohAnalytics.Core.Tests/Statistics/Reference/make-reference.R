# Reference values for the C# statistics library, computed with base R stats, pwr and survey.
# Usage (from the repository root):
#   Rscript tests/PohAnalytics.Core.Tests/Statistics/Reference/make-reference.R \
#     [fixture.csv] [benchmarks.csv] [output.json]
# Defaults: tests/testdata and the product's ReferenceData (relative to the repository root).
# The JSON holds inputs and outputs so the C# tests need neither R nor the fixture.
suppressPackageStartupMessages({
  library(jsonlite)
  library(survey)
  library(pwr)
})

args <- commandArgs(trailingOnly = TRUE)
fixture_path <- if (length(args) >= 1) args[1] else "tests/testdata/poh-ggz-vragenlijst-2019.csv"
script_dir <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
# The benchmarks as shipped (the published Table 4.1 figures, plus the "includes" harmonisation column).
benchmarks_path <- if (length(args) >= 2) args[2] else
  file.path(script_dir, "..", "..", "..", "..", "functions", "PohAnalytics.Core", "ReferenceData", "benchmarks-table-4-1.csv")
out_path <- if (length(args) >= 3) args[3] else file.path(script_dir, "reference-values.json")

d <- read.csv2(fixture_path, fileEncoding = "UTF-8-BOM", check.names = FALSE, stringsAsFactors = FALSE)
bm <- read.csv(benchmarks_path, stringsAsFactors = FALSE, encoding = "UTF-8")
if (!"includes" %in% names(bm)) bm$includes <- ""
bm$includes[is.na(bm$includes)] <- ""
n_sample <- nrow(d)
stopifnot(n_sample == 79)

# Sample employment labels → benchmark (Table 4.1) labels.
employment_map <- c(
  "In loondienst huisartsenpraktijk" = "In loondienst praktijk",
  "Detachering vanuit een GGZ-aanbieder" = "Gedetacheerd vanuit GGZ-aanbieder",
  "Detachering vanuit een zorggroep, huisartsenvereniging of -cooperatie" = "Gedetacheerd vanuit zorggroep",
  "Detachering vanuit een andere organisatie" = "Gedetacheerd vanuit andere organisatie",
  "Zzp-contract" = "Zzp-contract",
  "Anders" = "Anders")
d$employment <- unname(employment_map[d[["Dienstverband"]]])
stopifnot(!anyNA(d$employment))
d$gender <- d[["Geslacht"]]
d$training <- d[["Aanvullende post-hbo opleiding POH-GGZ"]]
d$practices <- d[["Aantal huisartsenpraktijken"]]
d$fixed <- d[["Vaste overlegmomenten met huisarts"]]
d$age <- as.numeric(d[["Leeftijd"]])
d$spv <- d[["Opleiding [Sociaal psychiatrisch verpleegkundige]"]] == "Ja"
d$spv[is.na(d$spv)] <- FALSE

benchmark <- function(source, variable) {
  rows <- bm[bm$benchmark_id == source & bm$variable == variable, ]
  list(n = rows$respondents[1], categories = rows$category, percent = rows$value)
}

# Undefined statistics (NaN in R) are written as JSON null.
or_null <- function(v) if (is.finite(v)) v else NULL

# ---- Two-proportion tests: prop.test(correct = FALSE); Cohen's h from pwr::ES.h -------------------------
two_prop <- function(label, x1, n1, x2, n2) {
  t <- suppressWarnings(prop.test(c(x1, x2), c(n1, n2), correct = FALSE))
  p1 <- x1 / n1; p2 <- x2 / n2
  x2stat <- unname(t$statistic)
  list(label = label, x1 = x1, n1 = n1, x2 = x2, n2 = n2,
       p1 = p1, p2 = p2,
       z = or_null(sign(p1 - p2) * sqrt(x2stat)),
       chi_square = or_null(x2stat),
       p_value = or_null(t$p.value),
       ci_lower = t$conf.int[1], ci_upper = t$conf.int[2],
       cohens_h = unname(ES.h(p1, p2)),
       smd = or_null((p1 - p2) / sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / 2)))
}
lv <- function(variable, category) {
  b <- benchmark("lvpohggz-2018", variable)
  round(b$percent[b$categories == category] / 100 * b$n)
}
two_proportion <- list(
  two_prop("gender Vrouw vs LV 2018", sum(d$gender == "Vrouw"), n_sample, lv("gender", "Vrouw"), 407),
  two_prop("SPV vs LV 2018", sum(d$spv), n_sample, lv("education", "Sociaal psychiatrisch verpleegkundige"), 407),
  two_prop("SPV vs LHV 2017", sum(d$spv), n_sample, round(0.51 * 1303), 1303),
  two_prop("SPV vs Nivel 2014", sum(d$spv), n_sample, round(0.61 * 272), 272),
  two_prop("no post-hbo training vs LV 2018", sum(d$training == "Nee"), n_sample, lv("poh_training", "Nee"), 407),
  two_prop("ad hoc only vs LV 2018", sum(d$fixed == "Uitsluitend ad hoc"), n_sample, lv("gp_consultation_fixed", "Uitsluitend ad hoc"), 407),
  two_prop("benchmark 0%", 5, 79, 0, 407),
  two_prop("benchmark 100%", 70, 79, 407, 407),
  two_prop("both 100%: pooled proportion 1", 79, 79, 407, 407),
  two_prop("both 0%: pooled proportion 0", 0, 79, 0, 407),
  two_prop("small groups", 2, 4, 1, 5),
  two_prop("equal proportions", 20, 40, 50, 100))

# ---- Wilson intervals: prop.test(x, n, correct = FALSE)$conf.int ----------------------------------------
wilson <- function(x, n, level) {
  t <- suppressWarnings(prop.test(x, n, correct = FALSE, conf.level = level))
  list(x = x, n = n, level = level, p = x / n, lower = t$conf.int[1], upper = t$conf.int[2])
}
wilson_cases <- list(
  wilson(0, 10, 0.95), wilson(10, 10, 0.95), wilson(56, 79, 0.95), wilson(1, 5, 0.95),
  wilson(35, 79, 0.90), wilson(35, 79, 0.99), wilson(0, 1, 0.95), wilson(3, 4, 0.95), wilson(350, 407, 0.95))

# ---- Chi-square homogeneity: chisq.test(correct = FALSE) ------------------------------------------------
chi <- function(label, categories, row1, row2) {
  m <- rbind(row1, row2)
  keep <- colSums(m) > 0
  t <- suppressWarnings(chisq.test(m[, keep, drop = FALSE], correct = FALSE))
  n <- sum(m)
  list(label = label, categories = categories, row1 = row1, row2 = row2,
       chi_square = unname(t$statistic), df = unname(t$parameter), p_value = t$p.value,
       cramers_v = sqrt(unname(t$statistic) / (n * (min(dim(m[, keep, drop = FALSE])) - 1))),
       min_expected = min(t$expected), dropped = I(which(!keep) - 1))
}
versus <- function(source, label, extra_zero = FALSE) {
  b <- benchmark(source, "employment")
  cats <- union(unname(employment_map[1:6]), b$categories)
  cats <- cats[cats %in% c(d$employment, b$categories) | extra_zero]
  sample_counts <- sapply(cats, function(cat) sum(d$employment == cat))
  bench_counts <- sapply(cats, function(cat) if (cat %in% b$categories) b$percent[b$categories == cat] / 100 * b$n else 0)
  chi(label, unname(cats), unname(sample_counts), unname(bench_counts))
}
gender_lv <- benchmark("lvpohggz-2018", "gender")
chi_square <- list(
  versus("lvpohggz-2018", "employment vs LV 2018 (% x 407)"),
  versus("lhv-2017", "employment vs LHV 2017 (% x 1303)"),
  versus("nivel-2014", "employment vs Nivel 2014 (% x 272)"),
  versus("lvpohggz-2018", "employment vs LV 2018 with an all-zero 'Anders' column", extra_zero = TRUE),
  chi("gender vs LV 2018", c("Vrouw", "Man"), c(sum(d$gender == "Vrouw"), sum(d$gender == "Man")),
      c(0.86 * 407, 0.14 * 407)),
  chi("small table", c("a", "b", "c"), c(1, 2, 1), c(3, 1, 2)))

# ---- Means: one-sample t interval from data; Welch from data and from summaries -------------------------
age_t <- t.test(d$age)
age <- list(values = d$age, n = length(d$age), mean = mean(d$age), sd = sd(d$age), median = median(d$age),
            min = min(d$age), max = max(d$age), ci_lower = age_t$conf.int[1], ci_upper = age_t$conf.int[2],
            ci90 = t.test(d$age, conf.level = 0.90)$conf.int[1:2])
welch <- function(label, x, y) {
  t <- t.test(x, y)
  list(label = label, mean1 = mean(x), sd1 = sd(x), n1 = length(x), mean2 = mean(y), sd2 = sd(y), n2 = length(y),
       t = unname(t$statistic), df = unname(t$parameter), p_value = t$p.value,
       ci_lower = t$conf.int[1], ci_upper = t$conf.int[2],
       smd = (mean(x) - mean(y)) / sqrt((var(x) + var(y)) / 2))
}
exact_sample <- function(n, mean, sd) {
  z <- rnorm(n)
  mean + sd * (z - mean(z)) / sd(z)
}
set.seed(2019)
welch_cases <- list(
  welch("age women vs men (fixture)", d$age[d$gender == "Vrouw"], d$age[d$gender == "Man"]),
  welch("age sample vs simulated member poll with SD 9.5", d$age, exact_sample(407, 49.9, 9.5)),
  welch("small unequal groups", c(3, 5, 4), c(10, 2, 7, 1, 9)))

# ---- Raking: survey::rake to LV POH-GGZ 2018 margins -----------------------------------------------------
margin_percent <- function(variable, categories_in_sample) {
  b <- benchmark("lvpohggz-2018", variable)
  setNames(b$percent, b$categories)[categories_in_sample]
}
gender_pct <- c(Vrouw = 86, Man = 14)
training_pct <- c(Nee = 26, "Voltooid/nog bezig" = 74)
employment_pct <- margin_percent("employment", unique(d$employment))
employment_pct <- employment_pct[!is.na(employment_pct)]
stopifnot(abs(sum(employment_pct) - 99) < 1e-9)

to_population <- function(var, pct) {
  df <- data.frame(names(pct), Freq = unname(pct) / sum(pct) * n_sample, stringsAsFactors = FALSE)
  names(df)[1] <- var
  df
}
design <- svydesign(ids = ~1, data = d, weights = ~rep(1, n_sample))
rake_case <- function(label, vars) {
  pct <- list(gender = gender_pct, employment = employment_pct, training = training_pct)[vars]
  raked <- rake(design, lapply(vars, function(v) as.formula(paste0("~", v))),
                mapply(to_population, vars, pct, SIMPLIFY = FALSE),
                control = list(maxit = 1000, epsilon = 1e-12, verbose = FALSE))
  w <- unname(weights(raked))
  props <- function(var) {
    m <- svymean(as.formula(paste0("~", var)), raked)
    est <- coef(m)
    lapply(seq_along(est), function(i) {
      category <- sub(paste0("^", var), "", names(est)[i])
      neff <- sum(w)^2 / sum(w^2)
      p <- unname(est[i])
      wil <- wilson_formula(p * neff, neff, 0.95)
      list(variable = var, category = category, proportion = p, svymean_se = unname(SE(m)[i]),
           effective_n = neff, wilson_lower = wil[1], wilson_upper = wil[2])
    })
  }
  list(label = label,
       variables = lapply(vars, function(v) list(name = v, categories = d[[v]], margins_percent = as.list(pct[[v]]))),
       weights = w,
       sum_weights = sum(w),
       kish_deff = n_sample * sum(w^2) / sum(w)^2,
       effective_n = sum(w)^2 / sum(w^2),
       min_weight = min(w), max_weight = max(w),
       estimate_variables = list(practices = d$practices, fixed = d$fixed, gender = d$gender),
       estimates = c(props("practices"), props("fixed"), props("gender")),
       age = list(values = d$age, mean = unname(coef(svymean(~age, raked))),
                  sd = sqrt(unname(coef(svyvar(~age, raked))))))
}
# Wilson score interval written from its formula, for non-integer effective counts (prop.test wants integers).
wilson_formula <- function(x, n, level) {
  z <- qnorm(1 - (1 - level) / 2)
  p <- x / n
  centre <- (p + z^2 / (2 * n)) / (1 + z^2 / n)
  half <- z * sqrt(p * (1 - p) / n + z^2 / (4 * n^2)) / (1 + z^2 / n)
  c(centre - half, centre + half)
}
raking <- list(
  rake_case("gender x employment to LV 2018", c("gender", "employment")),
  rake_case("gender x employment x training to LV 2018", c("gender", "employment", "training")))

# ---- Standardized differences for means when only the sample SD is known --------------------------------
smd_sample_sd <- list(sample_mean = mean(d$age), sample_sd = sd(d$age), benchmark_mean = 49.9,
                      smd = (mean(d$age) - 49.9) / sd(d$age))


# ---- Representativeness of the fixture against each Table 4.1 benchmark (engine-level reference) ----------
# Every percentage of a benchmark: prop.test with the benchmark count reconstructed as % x n (not rounded, as the
# engine does); employment's chi-square over the categories the benchmark measured (sample respondents in other
# categories left out); every mean: the sample's t interval and the SMD with the sample SD.
yes <- function(column) d[[column]] %in% "Ja"
sample_member <- function(variable, label) {
  switch(variable,
    gender = d$gender == label,
    education = if (label == "Psycholoog") yes("Opleiding [Psychologie (Master of Science)]") else yes("Opleiding [Sociaal psychiatrisch verpleegkundige]"),
    employment = d$employment == label,
    poh_training = d$training == label,
    gp_consultation_fixed = d$fixed == label,
    waiting_time_intake = d[["Wachttijd tot intakeconsult"]] %in% c("2 tot 3 weken", "3 weken of langer"),
    stop(paste("no sample column for", variable)))
}
sample_values <- function(variable) {
  switch(variable,
    age = d$age,
    experience_poh_years = as.numeric(d[["Werkervaring als POH-GGZ (jaren)"]]),
    cpd_hours_12m = as.numeric(d[["Uren nascholing afgelopen 12 maanden"]]),
    consults_per_day_total = as.numeric(d[["Intakeconsulten per werkdag"]]) + as.numeric(d[["Vervolgconsulten per werkdag"]]),
    stop(paste("no sample column for", variable)))
}
representativeness <- lapply(c("lvpohggz-2018", "lhv-2017", "nivel-2014"), function(id) {
  rows <- bm[bm$benchmark_id == id & bm$statistic == "percent", ]
  n2 <- rows$respondents[1]
  proportions <- lapply(seq_len(nrow(rows)), function(i) {
    # Harmonisation: a benchmark category with "includes" also holds those sample categories.
    x1 <- sum(sample_member(rows$variable[i], rows$category[i]) |
              (rows$includes[i] != "" & sample_member(rows$variable[i], rows$includes[i])))
    c(list(variable = rows$variable[i], category = rows$category[i]),
      two_prop(paste(id, rows$variable[i], rows$category[i]), x1, n_sample, rows$value[i] / 100 * n2, n2))
  })
  emp <- rows[rows$variable == "employment", ]
  employment <- chi(paste(id, "employment over the measured categories"), emp$category,
                    unname(mapply(function(cat, inc) sum(d$employment %in% c(cat, inc)), emp$category, emp$includes)),
                    emp$value / 100 * n2)
  mean_rows <- bm[bm$benchmark_id == id & bm$statistic == "mean", ]
  means <- lapply(seq_len(nrow(mean_rows)), function(i) {
    v <- sample_values(mean_rows$variable[i])
    t <- t.test(v)
    list(variable = mean_rows$variable[i], benchmark_mean = mean_rows$value[i], n = length(v), mean = mean(v), sd = sd(v),
         ci_lower = t$conf.int[1], ci_upper = t$conf.int[2], smd = (mean(v) - mean_rows$value[i]) / sd(v))
  })
  list(benchmark_id = id, n = n2, proportions = proportions, employment = employment, means = means)
})

out <- list(
  generated_by = list(r = R.version.string, survey = as.character(packageVersion("survey")),
                      pwr = as.character(packageVersion("pwr")), jsonlite = as.character(packageVersion("jsonlite"))),
  two_proportion = two_proportion,
  wilson = wilson_cases,
  chi_square = chi_square,
  age = age,
  welch = welch_cases,
  smd_sample_sd = smd_sample_sd,
  raking = raking,
  representativeness = representativeness)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null"), out_path, useBytes = TRUE)
cat("wrote", out_path, "\n")
