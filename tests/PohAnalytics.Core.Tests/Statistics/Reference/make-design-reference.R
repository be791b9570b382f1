# Design-based reference values (issue 14) for the C# statistics library, computed with R's survey package and base R.
# Usage (from the repository root):
#   Rscript tests/PohAnalytics.Core.Tests/Statistics/Reference/make-design-reference.R [fixture.csv] [output.json]
# Needs r-base-core, r-cran-survey and r-cran-jsonlite. The JSON holds inputs and outputs so the C# tests need neither R
# nor the fixture. Contents:
#   design_se      survey::svymean standard errors (Taylor linearisation) after survey::rake, and without weights;
#   gof            survey::svygofchisq (Rao-Scott goodness of fit against given proportions);
#   homogeneity    survey::svychisq(statistic = "F") on two stacked microdata sets (strata = data set);
#   monte_carlo    chisq.test(simulate.p.value = TRUE, B = 100000) with set.seed (R's RNG: the C# p is compared with a
#                  tolerance, not exactly);
#   tost           two one-sided tests written out from their definition;
#   holm           p.adjust(method = "holm").
suppressPackageStartupMessages({
  library(jsonlite)
  library(survey)
})

args <- commandArgs(trailingOnly = TRUE)
fixture_path <- if (length(args) >= 1) args[1] else "tests/testdata/poh-ggz-vragenlijst-2019.csv"
script_dir <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
out_path <- if (length(args) >= 2) args[2] else file.path(script_dir, "design-reference-values.json")

d <- read.csv2(fixture_path, fileEncoding = "UTF-8-BOM", check.names = FALSE, stringsAsFactors = FALSE)
n_sample <- nrow(d)
stopifnot(n_sample == 79)

# Sample labels -> codebook codes (functions/PohAnalytics.Core/ReferenceData/codebook.v1.json).
employment_map <- c(
  "In loondienst huisartsenpraktijk" = "practice_employed",
  "Detachering vanuit een GGZ-aanbieder" = "seconded_mh_provider",
  "Detachering vanuit een zorggroep, huisartsenvereniging of -cooperatie" = "seconded_care_group",
  "Detachering vanuit een andere organisatie" = "seconded_other",
  "Zzp-contract" = "self_employed",
  "Anders" = "other")
d$employment <- unname(employment_map[d[["Dienstverband"]]])
stopifnot(!anyNA(d$employment))
d$gender <- c(Vrouw = "female", Man = "male")[d[["Geslacht"]]]
d$training <- c("Voltooid/nog bezig" = "completed_or_ongoing", "Nee" = "no")[d[["Aanvullende post-hbo opleiding POH-GGZ"]]]
stopifnot(!anyNA(d$gender), !anyNA(d$training))
d$practices <- d[["Aantal huisartsenpraktijken"]]
d$fixed <- d[["Vaste overlegmomenten met huisarts"]]
d$age <- as.numeric(d[["Leeftijd"]])
d$cpd <- as.numeric(d[["Uren nascholing afgelopen 12 maanden"]])
d$consults <- as.numeric(d[["Intakeconsulten per werkdag"]]) + as.numeric(d[["Vervolgconsulten per werkdag"]])
d$spv <- d[["Opleiding [Sociaal psychiatrisch verpleegkundige]"]] %in% "Ja"
d$wait2 <- d[["Wachttijd tot intakeconsult"]] %in% c("2 tot 3 weken", "3 weken of langer")
workload <- d[["Stelling: mijn werk gaat samen met een hoge werkdruk"]]
# Asked of 63: the 16 empty cells are "not asked" and leave the denominator (domain estimate).
d$workload_agree <- ifelse(is.na(workload) | workload == "", NA, workload %in% c("Eens", "Zeer eens"))
stopifnot(sum(is.na(d$workload_agree)) == 16)

# LV POH-GGZ 2018 margins (Table 4.1 / section 4.3), raked to a population total of n as the C# weights are scaled.
lv_gender <- c(female = 86, male = 14)
lv_training <- c(no = 26, completed_or_ongoing = 74)
lv_employment <- c(practice_employed = 56, seconded_mh_provider = 14, seconded_care_group = 15, seconded_other = 5,
                   self_employed = 9)
margins <- list(gender = lv_gender, employment = lv_employment, training = lv_training)
to_population <- function(var, pct) {
  df <- data.frame(names(pct), Freq = unname(pct) / sum(pct) * n_sample, stringsAsFactors = FALSE)
  names(df)[1] <- var
  df
}
base <- svydesign(ids = ~1, data = d, weights = ~rep(1, n_sample))
raked <- function(vars) {
  rake(base, lapply(vars, function(v) as.formula(paste0("~", v))),
       mapply(to_population, vars, margins[vars], SIMPLIFY = FALSE),
       control = list(maxit = 1000, epsilon = 1e-13, verbose = FALSE))
}

# Undefined statistics (NaN in R) are written as JSON null.
or_null <- function(v) if (is.finite(v)) v else NULL

indicator_cases <- function() {
  ind <- list(
    gender_female = d$gender == "female",
    employment_practice_employed = d$employment == "practice_employed",
    employment_seconded_other = d$employment == "seconded_other",
    training_no = d$training == "no",
    practices_2plus = d$practices == "2 of meer",
    fixed_ad_hoc_only = d$fixed == "Uitsluitend ad hoc",
    waiting_2_weeks_or_more = d$wait2,
    education_spv = d$spv,
    workload_agree = d$workload_agree)
  ind
}
numeric_cases <- list(age = d$age, cpd_hours_12m = d$cpd, consults_per_day_total = d$consults)

design_case <- function(label, vars) {
  design <- if (length(vars) == 0) base else raked(vars)
  w <- unname(weights(design))
  proportions <- lapply(names(indicator_cases()), function(name) {
    member <- indicator_cases()[[name]]
    design$variables$y <- as.numeric(member)
    m <- svymean(~y, design, na.rm = TRUE)
    list(name = name, member = member, estimate = unname(coef(m)), se = unname(as.numeric(SE(m))))
  })
  means <- lapply(names(numeric_cases), function(name) {
    design$variables$y <- numeric_cases[[name]]
    m <- svymean(~y, design, na.rm = TRUE)
    list(name = name, values = numeric_cases[[name]], estimate = unname(coef(m)), se = unname(as.numeric(SE(m))))
  })
  list(label = label,
       raking = lapply(vars, function(v) list(name = v, categories = d[[v]], margins_percent = as.list(margins[[v]]))),
       weights = w, proportions = proportions, means = means)
}
design_se <- list(
  design_case("unweighted (simple random sample, weights 1)", character(0)),
  design_case("raked on gender x employment to LV 2018", c("gender", "employment")),
  design_case("raked on gender x employment x training to LV 2018", c("gender", "employment", "training")))

# ---- Rao-Scott goodness of fit: svygofchisq ------------------------------------------------------------------------
# LHV 2017 lumps the sample's "seconded by another organisation" into its "Anders": harmonised before testing.
d$employment_lhv <- ifelse(d$employment %in% c("other", "seconded_other"), "other", d$employment)
lhv_employment <- c(practice_employed = 36, seconded_mh_provider = 27, seconded_care_group = 24, self_employed = 7,
                    other = 6)
nivel_employment <- c(practice_employed = 25, seconded_mh_provider = 37, seconded_care_group = 17, seconded_other = 14,
                      other = 7)
gof_case <- function(label, vars, variable, p) {
  design <- if (length(vars) == 0) base else raked(vars)
  # Respondents in categories the benchmark did not measure are left out as a domain (na.rm: a domain, the raking kept).
  # svygofchisq (survey 4.1.1) pairs p with the categories through split(), which sorts the names: give p in sorted
  # order so that pairing is right (otherwise scale and df, not X², come out for a permuted p).
  p <- p[sort(names(p))]
  design$variables$y <- factor(d[[variable]], levels = names(p))
  t <- svygofchisq(~y, p, design, na.rm = TRUE)
  list(label = label,
       raking = lapply(vars, function(v) list(name = v, categories = d[[v]], margins_percent = as.list(margins[[v]]))),
       weights = unname(weights(design)), categories = as.character(design$variables$y),
       proportions = as.list(p / sum(p)), chi_square = unname(t$statistic), scale = unname(t$parameter["scale"]),
       df = unname(t$parameter["df"]), p_value = t$p.value, lambda = t$lambda)
}
gof <- list(
  gof_case("employment vs LV 2018, raked on gender", "gender", "employment", lv_employment),
  gof_case("employment vs LV 2018, raked on gender x training", c("gender", "training"), "employment", lv_employment),
  gof_case("employment vs LHV 2017 (harmonised Anders), unweighted", character(0), "employment_lhv", lhv_employment),
  gof_case("employment vs LHV 2017 (harmonised Anders), raked on gender", "gender", "employment_lhv", lhv_employment),
  gof_case("gender vs LV 2018, raked on employment", "employment", "gender", lv_gender),
  gof_case("employment vs Nivel 2014 (self-employed not measured: left out), raked on gender", "gender", "employment",
           nivel_employment))

# ---- Design-based homogeneity of two microdata sets: svychisq on the stacked data, Rao-Scott F --------------------
# The second data set is a member poll rebuilt from LV 2018's employment percentages (round(% x 407) rows, weight 1).
lv_counts <- round(lv_employment / 100 * 407)
poll <- data.frame(employment = rep(names(lv_counts), lv_counts), stringsAsFactors = FALSE)
homogeneity_case <- function(label, sample_weights) {
  stacked <- data.frame(
    dataset = c(rep("sample", n_sample), rep("benchmark", nrow(poll))),
    employment = c(d$employment, poll$employment),
    w = c(sample_weights, rep(1, nrow(poll))), stringsAsFactors = FALSE)
  design <- svydesign(ids = ~1, strata = ~dataset, weights = ~w, data = stacked)
  t <- svychisq(~dataset + employment, design, statistic = "F")
  pearson <- suppressWarnings(chisq.test(svytable(~dataset + employment, design, Ntotal = nrow(stacked)), correct = FALSE))
  list(label = label, dataset = stacked$dataset, categories = stacked$employment, weights = stacked$w,
       f = unname(t$statistic), ndf = unname(t$parameter["ndf"]), ddf = unname(t$parameter["ddf"]),
       p_value = t$p.value, pearson_chi_square = unname(pearson$statistic))
}
homogeneity <- list(
  homogeneity_case("employment: sample (unweighted) vs rebuilt LV 2018 poll", rep(1, n_sample)),
  homogeneity_case("employment: sample raked on gender x training vs rebuilt LV 2018 poll",
                   unname(weights(raked(c("gender", "training"))))))

# ---- Monte-Carlo chi-square: chisq.test(simulate.p.value = TRUE) -------------------------------------------------
# Integer tables (benchmark counts round(% x n)): the simulation draws tables with the observed integer margins.
monte_carlo_case <- function(label, categories, row1, row2, seed, B = 100000) {
  m <- rbind(row1, row2)
  set.seed(seed)
  t <- chisq.test(m, simulate.p.value = TRUE, B = B)
  asymptotic <- suppressWarnings(chisq.test(m, correct = FALSE))
  list(label = label, categories = categories, row1 = row1, row2 = row2, seed = seed, b = B,
       chi_square = unname(t$statistic), p_value = t$p.value, asymptotic_p_value = asymptotic$p.value,
       min_expected = min(asymptotic$expected))
}
sample_counts <- function(codes, column = "employment") unname(sapply(codes, function(c) sum(d[[column]] == c)))
monte_carlo <- list(
  monte_carlo_case("employment vs LHV 2017 (harmonised Anders)", names(lhv_employment),
                   sample_counts(names(lhv_employment), "employment_lhv"), unname(round(lhv_employment / 100 * 1303)), 14),
  monte_carlo_case("employment vs Nivel 2014", names(nivel_employment),
                   sample_counts(names(nivel_employment)), unname(round(nivel_employment / 100 * 272)), 14),
  monte_carlo_case("small table", c("a", "b", "c"), c(1, 2, 1), c(3, 1, 2), 2019))

# ---- TOST (two one-sided tests), from the definition -------------------------------------------------------------
# H0: difference <= -margin or >= margin. p_lower = P(T >= (d + margin)/se), p_upper = P(T <= (d - margin)/se);
# p_tost = max of both; equivalence at alpha when p_tost < alpha, i.e. the (1 - 2 alpha) interval lies inside +-margin.
tost <- function(label, difference, se, margin, df = NULL) {
  cdf <- if (is.null(df)) function(q) pnorm(q) else function(q) pt(q, df)
  quant <- if (is.null(df)) qnorm(0.95) else qt(0.95, df)
  p_lower <- 1 - cdf((difference + margin) / se)
  p_upper <- cdf((difference - margin) / se)
  list(label = label, difference = difference, se = se, margin = margin, df = df,
       p_lower = p_lower, p_upper = p_upper, p_tost = max(p_lower, p_upper),
       ci90_lower = difference - quant * se, ci90_upper = difference + quant * se)
}
prop_tost <- function(label, x1, n1, p2, n2, margin = 0.05) {
  p1 <- x1 / n1
  c(tost(label, p1 - p2, sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2), margin), list(p1 = p1, n1 = n1, p2 = p2, n2 = n2))
}
mean_tost <- function(label, x, mean2, sd2, n2) {
  n1 <- length(x); m1 <- mean(x); s1 <- sd(x)
  if (is.na(sd2)) {
    # No benchmark SD: assume it equals the sample SD; df from the sample only.
    se <- s1 * sqrt(1 / n1 + 1 / n2); df <- n1 - 1; margin <- 0.1 * s1
  } else {
    se <- sqrt(s1^2 / n1 + sd2^2 / n2)
    df <- (s1^2 / n1 + sd2^2 / n2)^2 / ((s1^2 / n1)^2 / (n1 - 1) + (sd2^2 / n2)^2 / (n2 - 1))
    margin <- 0.1 * sqrt((s1^2 + sd2^2) / 2)
  }
  c(tost(label, m1 - mean2, se, margin, df), list(mean1 = m1, sd1 = s1, n1 = n1, mean2 = mean2, sd2 = if (is.na(sd2)) NULL else sd2, n2 = n2))
}
raked_ge <- raked(c("gender", "employment"))
raked_ge$variables$y <- as.numeric(d$fixed == "Uitsluitend ad hoc")
adhoc_w <- svymean(~y, raked_ge)
tost_cases <- list(
  prop_tost("ad hoc only vs LV 2018", sum(d$fixed == "Uitsluitend ad hoc"), n_sample, 0.36, 407),
  prop_tost("waiting >= 2 weeks vs LV 2018", sum(d$wait2), n_sample, 0.45, 407),
  prop_tost("gender female vs LV 2018", sum(d$gender == "female"), n_sample, 0.86, 407),
  prop_tost("equal large samples: equivalent", 500, 1000, 0.5, 1000),
  mean_tost("age vs LV 2018 (no benchmark SD)", d$age, 49.9, NA, 407),
  mean_tost("age vs a benchmark with SD 9.5", d$age, 49.9, 9.5, 407),
  c(tost("ad hoc only vs LV 2018, raked on gender x employment (design SE)", as.numeric(coef(adhoc_w)) - 0.36,
         sqrt(as.numeric(SE(adhoc_w))^2 + 0.36 * 0.64 / 407), 0.05),
    list(p1 = as.numeric(coef(adhoc_w)), se1 = as.numeric(SE(adhoc_w)), p2 = 0.36, n2 = 407)))

# ---- Holm ---------------------------------------------------------------------------------------------------------
holm_case <- function(p) list(p = I(p), adjusted = I(p.adjust(p, method = "holm")))
holm <- list(holm_case(c(0.01, 0.04, 0.03)), holm_case(c(0.2, 0.001, 0.5, 0.04, 0.012, 0.3)), holm_case(c(0.7)))

out <- list(
  generated_by = list(r = R.version.string, survey = as.character(packageVersion("survey")),
                      jsonlite = as.character(packageVersion("jsonlite"))),
  design_se = design_se, gof = gof, homogeneity = homogeneity, monte_carlo = monte_carlo, tost = tost_cases, holm = holm)
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null", na = "null"), out_path, useBytes = TRUE)
cat("wrote", out_path, "\n")
