#!/usr/bin/env Rscript
# make_arima_refs.R - reference outputs of R (stats::arima, forecast::Arima,
# forecast::auto.arima 8.20, urca::ur.kpss, stats::stl) for sb40's ARIMA
# tests.  The outputs are committed under tests/data/arima/, so the tests
# never need R.
#
# Usage: Rscript scripts/make_arima_refs.R [SHARED_DIR] [--m3-forecasts DIR]
#   SHARED_DIR defaults to ../shared (the M3 data are in SHARED_DIR/data/m3).
#   --m3-forecasts DIR also writes R's auto.arima forecasts of all M3 yearly
#   and quarterly series to DIR (not committed; for comparing accuracy) and
#   prints R's series per second.
# Needs: apt-get install r-cran-forecast (pulls urca).
suppressMessages(library(forecast))

args <- commandArgs(trailingOnly = TRUE)
fcdir <- NULL
i <- which(args == "--m3-forecasts")
if (length(i)) {
  fcdir <- args[i + 1]
  args <- args[-c(i, i + 1)]
}
shared <- if (length(args)) args[1] else "../shared"
out <- "tests/data/arima"
dir.create(out, showWarnings = FALSE, recursive = TRUE)

num <- function(x) paste(sprintf("%.17g", x), collapse = " ")

read_m3 <- function(freq) {
  d <- read.csv(file.path(shared, "data/m3", paste0(freq, "-train.csv")),
                stringsAsFactors = FALSE)
  split(d$value, factor(d$series, levels = unique(d$series)))
}
yearly <- read_m3("yearly")
quarterly <- read_m3("quarterly")

# ---- the series: synthetic ones (fixed seeds) and a few M3 series --------
set.seed(20240501)
series <- list()
info <- list()
add <- function(name, y, m) {
  series[[name]] <<- as.numeric(y)
  info[[name]] <<- m
}
add("ar1", arima.sim(list(ar = 0.7), n = 60) + 10, 1)
add("ar2", arima.sim(list(ar = c(0.5, -0.3)), n = 80), 1)
add("ma1", arima.sim(list(ma = 0.6), n = 50) + 3, 1)
add("arma11", arima.sim(list(ar = 0.6, ma = -0.4), n = 70), 1)
add("rwdrift", cumsum(rnorm(40, 0.5, 1)) + 100, 1)
add("ima11", cumsum(arima.sim(list(ma = -0.5), n = 45)) + 20, 1)
add("wn", rnorm(30, 5, 2), 1)
add("sarima", as.numeric(arima.sim(list(order = c(0, 1, 1), seasonal = list(order = c(0, 1, 1), period = 4),
                                   ma = -0.4, sma = -0.5), n = 56)) + 50 +
                rep(c(3, -1, -4, 2), 15)[1:57], 4)
add("seasar", 20 + rep(c(5, -2, -6, 3), 12) + arima.sim(list(ar = 0.5), n = 48), 4)
add("short8", c(12.1, 13.4, 12.9, 14.8, 15.2, 15.0, 16.9, 17.3), 1)
add("tiny3", c(5, 7, 6), 1)
add("linear", 3 + 2 * (1:20), 1)
add("const", rep(42, 12), 1)
# long enough for auto.arima's approximation (CSS search, then exact refit)
add("long1", arima.sim(list(ar = c(0.6, -0.2), ma = 0.3), n = 220) + 50, 1)
add("monthly", 100 + 10 * sin(2 * pi * (1:180) / 12) + cumsum(rnorm(180, 0.2, 1)), 12)
for (s in c("Y1", "Y3", "Y50", "Y100", "Y200", "Y333", "Y480", "Y645"))
  add(s, yearly[[s]], 1)
for (s in c("Q1", "Q10", "Q100", "Q250", "Q400", "Q555", "Q700", "Q756"))
  add(s, quarterly[[s]], 4)

con <- file(file.path(out, "series.csv"), "w")
writeLines("series,m,t,value", con)
for (s in names(series))
  writeLines(sprintf("%s,%d,%d,%.17g", s, info[[s]], seq_along(series[[s]]), series[[s]]), con)
close(con)

tsm <- function(s) ts(series[[s]], frequency = info[[s]])
fc_fields <- function(fc) c(num(fc$mean), num(fc$lower[, 1]), num(fc$upper[, 1]),
                            num(fc$lower[, 2]), num(fc$upper[, 2]))
has_const <- function(fit) as.integer(any(names(fit$coef) %in% c("intercept", "drift")))

# ---- given orders ----------------------------------------------------------
cases <- list(
  list("ar1", c(1, 0, 0), c(0, 0, 0), TRUE), list("ar1", c(2, 0, 0), c(0, 0, 0), TRUE),
  list("ar2", c(2, 0, 0), c(0, 0, 0), TRUE), list("ar2", c(2, 0, 1), c(0, 0, 0), FALSE),
  list("ma1", c(0, 0, 1), c(0, 0, 0), TRUE), list("ma1", c(0, 0, 2), c(0, 0, 0), TRUE),
  list("arma11", c(1, 0, 1), c(0, 0, 0), TRUE), list("arma11", c(1, 0, 1), c(0, 0, 0), FALSE),
  list("rwdrift", c(0, 1, 0), c(0, 0, 0), TRUE), list("rwdrift", c(0, 1, 1), c(0, 0, 0), TRUE),
  list("rwdrift", c(1, 1, 0), c(0, 0, 0), FALSE), list("ima11", c(0, 1, 1), c(0, 0, 0), FALSE),
  list("ima11", c(1, 1, 1), c(0, 0, 0), TRUE), list("ima11", c(0, 2, 2), c(0, 0, 0), FALSE),
  list("wn", c(0, 0, 0), c(0, 0, 0), TRUE), list("short8", c(0, 1, 0), c(0, 0, 0), TRUE),
  list("sarima", c(0, 1, 1), c(0, 1, 1), FALSE), list("sarima", c(1, 1, 0), c(1, 1, 0), FALSE),
  list("sarima", c(2, 1, 1), c(0, 1, 1), FALSE), list("seasar", c(1, 0, 0), c(1, 0, 0), TRUE),
  list("seasar", c(1, 0, 0), c(0, 1, 1), TRUE), list("seasar", c(0, 0, 1), c(2, 1, 0), TRUE),
  list("Y1", c(0, 1, 1), c(0, 0, 0), TRUE), list("Y3", c(1, 1, 0), c(0, 0, 0), TRUE),
  list("Y50", c(2, 1, 2), c(0, 0, 0), FALSE), list("Y100", c(0, 2, 1), c(0, 0, 0), FALSE),
  list("Y200", c(1, 0, 0), c(0, 0, 0), TRUE), list("Y333", c(0, 1, 2), c(0, 0, 0), TRUE),
  list("Q1", c(1, 1, 1), c(0, 1, 1), FALSE), list("Q10", c(0, 1, 1), c(1, 0, 0), TRUE),
  list("Q100", c(1, 1, 0), c(0, 1, 0), FALSE), list("Q250", c(0, 1, 0), c(2, 1, 0), FALSE),
  list("Q400", c(3, 0, 0), c(1, 0, 1), TRUE), list("Q555", c(0, 1, 2), c(0, 1, 1), FALSE),
  list("long1", c(2, 0, 1), c(0, 0, 0), TRUE), list("monthly", c(1, 1, 0), c(0, 1, 1), FALSE))
con <- file(file.path(out, "fixed.csv"), "w")
writeLines("series,p,d,q,P,D,Q,m,constant,h,loglik,aic,aicc,sigma2,coef,mean,lo80,hi80,lo95,hi95", con)
for (cs in cases) {
  s <- cs[[1]]; o <- cs[[2]]; so <- cs[[3]]; cst <- cs[[4]]
  m <- info[[s]]
  h <- if (m == 12) 12 else if (m > 1) 8 else 6
  fit <- Arima(tsm(s), order = o, seasonal = so, include.constant = cst)
  fc <- forecast(fit, h = h, level = c(80, 95))
  writeLines(paste(c(s, o, so, m, has_const(fit), h,
                     sprintf("%.17g", c(fit$loglik, fit$aic, fit$aicc, fit$sigma2)),
                     num(fit$coef), fc_fields(fc)), collapse = ","), con)
}
close(con)

# ---- automatic selection --------------------------------------------------
con <- file(file.path(out, "auto.csv"), "w")
writeLines("series,m,h,p,d,q,P,D,Q,constant,aicc,coef,mean,lo80,hi80,lo95,hi95", con)
for (s in names(series)) {
  m <- info[[s]]
  h <- if (m == 12) 12 else if (m > 1) 8 else 6
  fit <- auto.arima(tsm(s))
  fc <- forecast(fit, h = h, level = c(80, 95))
  a <- fit$arma
  aicc <- if (is.null(fit$aicc)) NA else fit$aicc
  writeLines(paste(c(s, m, h, a[1], a[6], a[2], a[3], a[7], a[4], has_const(fit),
                     sprintf("%.17g", aicc), num(fit$coef), fc_fields(fc)), collapse = ","), con)
}
close(con)

# ---- KPSS and seasonal strength -------------------------------------------
con <- file(file.path(out, "tests.csv"), "w")
writeLines("series,kpss_lags,kpss_stat,ndiffs,seas_strength,nsdiffs", con)
for (s in names(series)) {
  y <- series[[s]]
  if (is.constant(y)) next
  lags <- trunc(3 * sqrt(length(y)) / 13)
  st <- urca::ur.kpss(y, type = "mu", use.lag = lags)@teststat
  m <- info[[s]]
  ss <- if (m > 1 && length(y) > 2 * m) forecast:::seas.heuristic(tsm(s)) else NA
  nsd <- if (m > 1 && length(y) > 2 * m) nsdiffs(tsm(s)) else 0
  writeLines(sprintf("%s,%d,%.17g,%d,%.17g,%d", s, lags, st, ndiffs(y), ss, nsd), con)
}
close(con)

con <- file(file.path(out, "stl.csv"), "w")
writeLines("series,t,seasonal,trend", con)
for (s in c("sarima", "Q1", "Q250", "monthly")) {
  fit <- stl(tsm(s), s.window = 11)
  writeLines(sprintf("%s,%d,%.17g,%.17g", s, seq_along(series[[s]]),
                     fit$time.series[, "seasonal"], fit$time.series[, "trend"]), con)
}
close(con)

# ---- all M3 yearly and quarterly: R's choice ------------------------------
con <- file(file.path(out, "m3_auto.csv"), "w")
writeLines("series,p,d,q,P,D,Q,constant,aicc", con)
for (freq in c("yearly", "quarterly")) {
  all <- if (freq == "yearly") yearly else quarterly
  m <- if (freq == "yearly") 1 else 4
  h <- if (freq == "yearly") 6 else 8
  fcs <- character(0)
  t0 <- proc.time()[["elapsed"]]
  for (s in names(all)) {
    fit <- auto.arima(ts(all[[s]], frequency = m))
    a <- fit$arma
    writeLines(sprintf("%s,%d,%d,%d,%d,%d,%d,%d,%.17g", s, a[1], a[6], a[2], a[3], a[7], a[4],
                       has_const(fit), if (is.null(fit$aicc)) NA else fit$aicc), con)
    if (!is.null(fcdir)) {
      f <- forecast(fit, h = h)$mean
      fcs <- c(fcs, sprintf("%s,%d,%.17g", s, seq_len(h), f))
    }
  }
  el <- proc.time()[["elapsed"]] - t0
  message(sprintf("%s: %d series in %.1f s, %.1f series/s (auto.arima + forecast)",
                  freq, length(all), el, length(all) / el))
  if (!is.null(fcdir))
    writeLines(c("series,step,forecast", fcs), file.path(fcdir, paste0("r_", freq, ".csv")))
}
close(con)
