# Reference values (issue 14) for the representativeness engine against a benchmark promoted from microdata: the 2019
# questionnaire (79 POH-GGZ) against the LV POH-GGZ member poll 2018 (407 rows), every categorical variable both ask
# tested by survey::svychisq(~dataset + variable, design, statistic = "F") on the stacked data (strata = data set,
# every weight 1), and the pooled two-proportion z-test of each category (prop.test(correct = FALSE)); and the same
# F test after raking the sample on POH training to the poll's shares.
# Usage (from the repository root):
#   Rscript tests/PohAnalytics.Core.Tests/Statistics/Reference/make-microdata-homogeneity-reference.R
# Needs r-base-core, r-cran-survey and r-cran-jsonlite; the member poll's .xlsx is read with base R (unzip + its XML).
suppressPackageStartupMessages({
  library(jsonlite)
  library(survey)
})

script_dir <- dirname(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))
out_path <- file.path(script_dir, "microdata-homogeneity-values.json")

survey_csv <- read.csv2("tests/testdata/poh-ggz-vragenlijst-2019.csv", fileEncoding = "UTF-8-BOM", check.names = FALSE,
                        stringsAsFactors = FALSE)
stopifnot(nrow(survey_csv) == 79)

# The poll's first sheet: inline strings and numbers; row 1 is a title, row 2 the header.
read_sheet <- function(path) {
  dir <- tempfile()
  unzip(path, files = "xl/worksheets/sheet1.xml", exdir = dir)
  xml <- paste(readLines(file.path(dir, "xl/worksheets/sheet1.xml"), encoding = "UTF-8", warn = FALSE), collapse = "")
  cells <- regmatches(xml, gregexpr('<c r="[A-Z]+[0-9]+"[^>]*?(/>|>.*?</c>)', xml, perl = TRUE))[[1]]
  ref <- sub('^<c r="([A-Z]+[0-9]+)".*$', "\\1", cells, perl = TRUE)
  value <- ifelse(grepl("</c>$", cells), gsub("<[^>]+>", "", sub('^<c [^>]*>', "", cells, perl = TRUE), perl = TRUE), "")
  col <- sub("[0-9]+$", "", ref)
  row <- as.integer(sub("^[A-Z]+", "", ref))
  header <- setNames(value[row == 2], col[row == 2])
  rows <- sort(unique(row[row > 2]))
  out <- as.data.frame(lapply(names(header), function(c) {
    v <- setNames(value[col == c & row > 2], row[col == c & row > 2])
    unname(v[as.character(rows)])
  }), stringsAsFactors = FALSE)
  names(out) <- unname(header)
  out
}
poll_xlsx <- read_sheet("tests/testdata/ledenpeiling-lv-poh-ggz-2018.xlsx")
stopifnot(nrow(poll_xlsx) == 407)

# Export labels -> codebook codes (functions/PohAnalytics.Core/ReferenceData/codebook.v1.json).
maps <- list(
  gender = c(Vrouw = "vrouw", Man = "man", Anders = "anders"),
  poh_training = c("Voltooid/nog bezig" = "completed_or_ongoing", "Nee" = "no"),
  employment = c(
    "In loondienst huisartsenpraktijk" = "practice_employed",
    "Detachering vanuit een GGZ-aanbieder" = "seconded_mh_provider",
    "Detachering vanuit een zorggroep, huisartsenvereniging of -cooperatie" = "seconded_care_group",
    "Detachering vanuit een andere organisatie" = "seconded_other",
    "Zzp-contract" = "self_employed",
    "Anders" = "other"),
  gp_consultation_fixed = c("Ja" = "yes", "Deels vast, deels ad hoc" = "partly", "Uitsluitend ad hoc" = "ad_hoc_only"),
  waiting_time_intake = c("Minder dan 1 week" = "lt1w", "1 tot 2 weken" = "1to2w", "2 tot 3 weken" = "2to3w",
                          "3 weken of langer" = "ge3w"))
survey_columns <- c(gender = "Geslacht", poh_training = "Aanvullende post-hbo opleiding POH-GGZ",
                    employment = "Dienstverband", gp_consultation_fixed = "Vaste overlegmomenten met huisarts",
                    waiting_time_intake = "Wachttijd tot intakeconsult")
poll_columns <- c(gender = "geslacht", poh_training = "post_hbo_opleiding_poh", employment = "dienstverband",
                  gp_consultation_fixed = "vaste_overlegmomenten", waiting_time_intake = "wachttijd_intake")
code <- function(labels, variable) {
  codes <- unname(maps[[variable]][labels])
  stopifnot(!anyNA(codes))
  codes
}

variable_case <- function(variable, sample_weights = rep(1, nrow(survey_csv))) {
  sample <- code(survey_csv[[survey_columns[[variable]]]], variable)
  poll <- code(poll_xlsx[[poll_columns[[variable]]]], variable)
  stacked <- data.frame(dataset = c(rep("sample", length(sample)), rep("benchmark", length(poll))),
                        y = c(sample, poll), w = c(sample_weights, rep(1, length(poll))), stringsAsFactors = FALSE)
  design <- svydesign(ids = ~1, strata = ~dataset, weights = ~w, data = stacked)
  t <- svychisq(~dataset + y, design, statistic = "F")
  pearson <- suppressWarnings(chisq.test(svytable(~dataset + y, design, Ntotal = nrow(stacked)), correct = FALSE))
  proportions <- lapply(unname(maps[[variable]]), function(c) {
    x <- c(sum(sample == c), sum(poll == c))
    z <- if (sum(x) > 0) sqrt(unname(suppressWarnings(prop.test(x, c(length(sample), length(poll)), correct = FALSE))$statistic)) else NA
    list(category = c, sample_count = x[1], benchmark_count = x[2],
         z_abs = if (is.na(z)) NULL else z,
         p_value = if (is.na(z)) NULL else 2 * pnorm(-z))
  })
  list(variable = variable, f = unname(t$statistic), ndf = unname(t$parameter["ndf"]), ddf = unname(t$parameter["ddf"]),
       p_value = t$p.value, pearson_chi_square = unname(pearson$statistic), proportions = proportions)
}

# Raked: the sample raked on POH training to the promoted poll's shares (weights summing to n, as the C# weights), then
# stacked with those weights taken as fixed weights (svydesign(weights = ~w), no calibration carried over).
training <- code(survey_csv[[survey_columns[["poh_training"]]]], "poh_training")
poll_training <- table(code(poll_xlsx[[poll_columns[["poh_training"]]]], "poh_training"))
base <- svydesign(ids = ~1, data = data.frame(training = training), weights = ~rep(1, length(training)))
raked <- rake(base, list(~training),
              list(data.frame(training = names(poll_training), Freq = as.numeric(poll_training) / 407 * length(training))),
              control = list(maxit = 1000, epsilon = 1e-13, verbose = FALSE))
raked_weights <- unname(weights(raked))

out <- list(
  generated_by = list(r = R.version.string, survey = as.character(packageVersion("survey")),
                      jsonlite = as.character(packageVersion("jsonlite"))),
  sample = "poh-ggz-vragenlijst-2019.csv", benchmark = "ledenpeiling-lv-poh-ggz-2018.xlsx",
  variables = lapply(names(maps), variable_case),
  raked_on_poh_training = list(
    weights = raked_weights,
    variables = lapply(setdiff(names(maps), "poh_training"), function(v) variable_case(v, raked_weights))))
writeLines(toJSON(out, auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null", na = "null"), out_path, useBytes = TRUE)
cat("wrote", out_path, "\n")
