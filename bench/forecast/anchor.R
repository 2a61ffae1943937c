# anchor.R - R's forecast package on the same M3 series, timed the same way as m3run.
#
#   Rscript anchor.R FREQ TRAIN.csv OUTDIR METHOD[,METHOD...] [EVERY]
#
# METHOD: naive drift linear ses holt damped thetaf ets arima (R's naive, rwf(drift = TRUE),
# tslm(y ~ trend), ses, holt, holt(damped = TRUE), thetaf, ets, auto.arima; forecast() with
# level = c(80, 95)).  Every EVERY-th series (default 1: all) is forecast, on 2 cores
# (parallel::mclapply, mc.cores = 2: the same 2 cores m3run's two threads use); the
# forecasts go to OUTDIR/r-METHOD-FREQ.csv (series,period,forecast,lo80,hi80,lo95,hi95) and one
# line to stdout: "r-METHOD FREQ SERIES SECONDS SERIES_PER_S 0".  Wall-clock time of fitting
# and forecasting; reading the file is excluded.
suppressMessages({library(forecast); library(parallel)})
a <- commandArgs(trailingOnly = TRUE)
freq <- a[1]; train <- a[2]; out <- a[3]; methods <- strsplit(a[4], ",")[[1]]
every <- if (length(a) >= 5) as.integer(a[5]) else 1L
h <- if (freq == "yearly") 6 else 8
m <- if (freq == "quarterly") 4 else 1
d <- read.csv(train, stringsAsFactors = FALSE, colClasses = c("character", "character", "numeric"))
ids <- unique(d$series)
ids <- ids[seq(1, length(ids), by = every)]
ser <- split(d$value, d$series)[ids]
last <- tapply(d$period, d$series, function(p) p[length(p)])[ids]
nextp <- function(p, k) {
  if (grepl("Q", p)) {
    y <- as.integer(substr(p, 1, 4)); q <- as.integer(substr(p, 6, 6)) - 1 + k
    paste0(y + q %/% 4, "Q", q %% 4 + 1)
  } else as.character(as.integer(p) + k)
}
fit <- list(
  naive = function(y) naive(y, h = h, level = c(80, 95)),
  drift = function(y) rwf(y, h = h, drift = TRUE, level = c(80, 95)),
  linear = function(y) forecast(tslm(y ~ trend), h = h, level = c(80, 95)),
  ses = function(y) ses(y, h = h, level = c(80, 95)),
  holt = function(y) holt(y, h = h, level = c(80, 95)),
  damped = function(y) holt(y, h = h, damped = TRUE, level = c(80, 95)),
  thetaf = function(y) thetaf(y, h = h, level = c(80, 95)),
  ets = function(y) forecast(ets(y), h = h, level = c(80, 95)),
  arima = function(y) forecast(auto.arima(y), h = h, level = c(80, 95))
)
for (meth in methods) {
  f <- fit[[meth]]
  t0 <- proc.time()[["elapsed"]]
  res <- mclapply(ser, function(v) {
    r <- f(ts(v, frequency = m))
    cbind(as.numeric(r$mean), r$lower[, 1], r$upper[, 1], r$lower[, 2], r$upper[, 2])
  }, mc.cores = 2)
  sec <- proc.time()[["elapsed"]] - t0
  con <- file(file.path(out, paste0("r-", meth, "-", freq, ".csv")), "w")
  writeLines("series,period,forecast,lo80,hi80,lo95,hi95", con)
  for (i in seq_along(ids)) {
    x <- res[[i]]
    per <- vapply(1:h, function(k) nextp(last[[i]], k), "")
    writeLines(sprintf("%s,%s,%.10g,%.10g,%.10g,%.10g,%.10g", ids[i], per, x[, 1], x[, 2], x[, 3],
                       x[, 4], x[, 5]), con)
  }
  close(con)
  cat(sprintf("r-%s %s %d %.4f %.2f 0\n", meth, freq, length(ids), sec, length(ids) / sec))
}
