#!/usr/bin/env Rscript
# make_ets_refs.R - reference values from R's forecast::ets for sb40's ETS
# tests (tests/unit/test_ets.c) and measurements (docs/ets.md).
#
# Usage (from the repository root; needs r-cran-forecast, Debian 12 ships 8.20):
#   Rscript scripts/make_ets_refs.R [SHARED]      SHARED defaults to ../shared
# Writes:
#   tests/data/ets/refs.json        test cases: the series, R's chosen model
#                                   (parameters, AICc, forecasts, 80/95%
#                                   intervals) and fits of fixed models
#   tests/data/ets/m3_r_models.csv  R's choice on every M3 yearly/quarterly
#                                   training series: series,model,aicc
#   tests/data/ets/m3_r_forecast.csv  R's point forecasts: series,step,forecast
# and prints R's speed (fit + forecast, series per second, one core).
suppressMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
shared <- if (length(args) >= 1) args[1] else "../shared"
out <- "tests/data/ets"
dir.create(out, showWarnings = FALSE, recursive = TRUE)

num <- function(x) {
  if (length(x) == 0 || is.null(x)) return("null")
  ifelse(is.finite(x), sprintf("%.17g", x), "null")
}
arr <- function(x) paste0("[", paste(num(as.numeric(x)), collapse = ","), "]")
str <- function(s) paste0("\"", s, "\"")
obj <- function(...) {
  kv <- list(...)
  paste0("{", paste(sprintf("\"%s\":%s", names(kv), unlist(kv)), collapse = ","), "}")
}
spec_of <- function(fit) {
  co <- fit$components
  paste0(co[1], co[2], ifelse(co[4] == "TRUE", "d", ""), co[3])
}
par_json <- function(p) {
  p <- p[!is.na(p)]
  paste0("{", paste(sprintf("\"%s\":%s", names(p), num(p)), collapse = ","), "}")
}

read_m3 <- function(freq) {
  d <- read.csv(file.path(shared, "data", "m3", paste0(freq, "-train.csv")),
                stringsAsFactors = FALSE)
  split(d$value, factor(d$series, levels = unique(d$series)))
}

# ---- every M3 yearly and quarterly series: R's choice and forecasts ----
# (set ETS_REFS_CASES_ONLY=1 to rewrite refs.json only)
if (Sys.getenv("ETS_REFS_CASES_ONLY") == "") {
models <- character(0)
fcrows <- character(0)
for (freq in c("yearly", "quarterly")) {
  ys <- read_m3(freq)
  m <- if (freq == "quarterly") 4 else 1
  h <- if (freq == "quarterly") 8 else 6
  t0 <- proc.time()[["elapsed"]]
  fits <- lapply(ys, function(y) {
    fit <- ets(ts(y, frequency = m))
    list(fit = fit, fc = forecast(fit, h = h, PI = FALSE)$mean)
  })
  dt <- proc.time()[["elapsed"]] - t0
  cat(sprintf("R ets %s: %d series in %.1f s = %.1f series/s\n", freq, length(ys), dt,
              length(ys) / dt))
  for (s in names(fits)) {
    f <- fits[[s]]
    models <- c(models, sprintf("%s,%s,%s", s, spec_of(f$fit), num(f$fit$aicc)))
    fcrows <- c(fcrows, sprintf("%s,%d,%s", s, seq_len(h), num(as.numeric(f$fc))))
  }
}
writeLines(c("series,model,aicc", models), file.path(out, "m3_r_models.csv"))
writeLines(c("series,step,forecast", fcrows), file.path(out, "m3_r_forecast.csv"))
}

# ---- test cases ----
yq <- read_m3("quarterly")
yy <- read_m3("yearly")
set.seed(20240601)
cases <- list(
  list(name = "Y1", m = 1, h = 6, y = yy[["Y1"]]),
  list(name = "Y3", m = 1, h = 6, y = yy[["Y3"]]),
  list(name = "Y5", m = 1, h = 6, y = yy[["Y5"]]),
  list(name = "Y10", m = 1, h = 6, y = yy[["Y10"]]),
  list(name = "Y156", m = 1, h = 6, y = yy[["Y156"]]),
  list(name = "Y187", m = 1, h = 6, y = yy[["Y187"]]),
  list(name = "Y400", m = 1, h = 6, y = yy[["Y400"]]),
  list(name = "Q1", m = 4, h = 8, y = yq[["Q1"]]),
  list(name = "Q2", m = 4, h = 8, y = yq[["Q2"]]),
  list(name = "Q5", m = 4, h = 8, y = yq[["Q5"]]),
  list(name = "Q100", m = 4, h = 8, y = yq[["Q100"]]),
  list(name = "Q250", m = 4, h = 8, y = yq[["Q250"]]),
  list(name = "Q500", m = 4, h = 8, y = yq[["Q500"]]),
  list(name = "Q700", m = 4, h = 8, y = yq[["Q700"]]),
  list(name = "Q8", m = 4, h = 8, y = yq[["Q8"]]),
  list(name = "Q21", m = 4, h = 8, y = yq[["Q21"]]),
  list(name = "Q27", m = 4, h = 8, y = yq[["Q27"]]),
  list(name = "Q47", m = 4, h = 8, y = yq[["Q47"]]),
  list(name = "Q57", m = 4, h = 8, y = yq[["Q57"]]),
  list(name = "Q94", m = 4, h = 8, y = yq[["Q94"]]),
  list(name = "Q446", m = 4, h = 8, y = yq[["Q446"]]),
  list(name = "Q449", m = 4, h = 8, y = yq[["Q449"]]),
  # synthetic
  list(name = "neg_drift", m = 1, h = 6,
       y = round(cumsum(c(-5, rnorm(29, 0.4, 1.5))), 3)),
  list(name = "short5", m = 1, h = 4, y = c(10, 12, 11, 13, 14)),
  list(name = "quarterly10", m = 4, h = 8,
       y = round(100 + 2 * (1:10) + c(8, -3, -9, 4) + rnorm(10, 0, 1.5), 3)),
  list(name = "quarterly_mult", m = 4, h = 8,
       y = round((200 + 3 * (1:40)) * c(1.2, 0.9, 0.7, 1.2) * exp(rnorm(40, 0, 0.03)), 3)),
  list(name = "monthly30", m = 12, h = 12,
       y = round(50 + 0.5 * (1:30) + 6 * sin(2 * pi * (1:30) / 12) + rnorm(30, 0, 1), 3)),
  list(name = "monthly_mult", m = 12, h = 18,
       y = round((100 + (1:72)) * (1 + 0.25 * sin(2 * pi * (1:72) / 12)) *
                   exp(rnorm(72, 0, 0.04)), 3))
)

fixed_specs <- function(m, positive) {
  s <- c("ANN", "AAN", "AAdN")
  if (positive) s <- c(s, "MNN", "MAN", "MAdN")
  if (m > 1) {
    s <- c(s, "ANA", "AAA", "AAdA")
    if (positive) s <- c(s, "MNA", "MAA", "MAdA", "MNM", "MAM", "MAdM")
  }
  s
}

case_json <- character(0)
for (cs in cases) {
  y <- ts(cs$y, frequency = cs$m)
  fit <- ets(y)
  fc <- forecast(fit, h = cs$h, level = c(80, 95))
  chosen <- obj(
    model = str(if (is.null(fit$method)) "" else fit$method),
    spec = str(spec_of(fit)),
    aicc = num(if (is.null(fit$aicc)) NA else fit$aicc),
    loglik = num(if (is.null(fit$loglik)) NA else fit$loglik),
    sigma2 = num(fit$sigma2),
    par = par_json(fit$par),
    mean = arr(fc$mean),
    lo80 = arr(fc$lower[, 1]), hi80 = arr(fc$upper[, 1]),
    lo95 = arr(fc$lower[, 2]), hi95 = arr(fc$upper[, 2]),
    sim = if (!is.null(fit$components) && fit$components[3] == "M") {
      set.seed(1)  # R's simulated intervals, for ours (simulated by default)
      fs <- forecast(fit, h = cs$h, level = c(80, 95), simulate = TRUE, npaths = 50000)
      obj(lo80 = arr(fs$lower[, 1]), hi80 = arr(fs$upper[, 1]),
          lo95 = arr(fs$lower[, 2]), hi95 = arr(fs$upper[, 2]))
    } else "null")
  fixed <- character(0)
  for (sp in fixed_specs(cs$m, min(cs$y) > 0)) {
    damped <- grepl("d", sp)
    model <- gsub("d", "", sp)
    f <- tryCatch(ets(y, model = model, damped = damped), error = function(e) NULL)
    if (is.null(f) || is.null(f$aicc)) next  # R fell back to Holt-Winters
    ff <- forecast(f, h = cs$h, level = c(80, 95))
    fixed <- c(fixed, obj(spec = str(sp), aicc = num(f$aicc), loglik = num(f$loglik),
                          sigma2 = num(f$sigma2), par = par_json(f$par), mean = arr(ff$mean),
                          lo95 = arr(ff$lower[, 2]), hi95 = arr(ff$upper[, 2])))
  }
  case_json <- c(case_json, obj(name = str(cs$name), m = num(cs$m), h = num(cs$h),
                                y = arr(cs$y), chosen = chosen,
                                fixed = paste0("[", paste(fixed, collapse = ",\n  "), "]")))
}
writeLines(c("[", paste(case_json, collapse = ",\n"), "]"), file.path(out, "refs.json"))
cat(sprintf("wrote %d cases to %s\n", length(cases), file.path(out, "refs.json")))
