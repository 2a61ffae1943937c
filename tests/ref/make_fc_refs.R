# make_fc_refs.R - reference forecasts from R's forecast package for tests/unit/test_fc_methods.c.
#
#   Rscript tests/ref/make_fc_refs.R ../shared > tests/unit/test_fc_refs.h
#
# Series: three M3 series (yearly N0001 "Y1", quarterly "Q1", other "O1"; read from
# ../shared/data/m3) and three synthetic ones (short, with negatives, seasonal and
# trending).  Methods: naive, snaive, rwf(drift = TRUE), tslm(y ~ trend), tslm(y ~ trend +
# I(trend^2)), tslm(y ~ trend, lambda = 0), ses, holt, holt(damped = TRUE), thetaf; h = 8,
# level = c(80, 95).  Writes a C header on stdout.
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
shared <- if (length(args)) args[1] else "../shared"
rd <- function(freq, id) {
  d <- read.csv(file.path(shared, "data/m3", paste0(freq, "-train.csv")), stringsAsFactors = FALSE)
  d$value[d$series == id]
}
set.seed(7)
cases <- list(
  list(name = "m3_Y1", m = 1, y = rd("yearly", "Y1")),
  list(name = "m3_Q1", m = 4, y = rd("quarterly", "Q1")),
  list(name = "m3_O1", m = 1, y = rd("other", "O1")),
  list(name = "short8", m = 1, y = c(3.1, 4.0, 3.7, 5.2, 5.0, 6.3, 6.1, 7.4)),
  list(name = "negative", m = 1, y = round(cumsum(rnorm(30, -0.2, 1)), 4)),
  list(name = "seasonal", m = 4, y = round(100 + 2 * (1:40) + rep(c(10, -5, 8, -13), 10) *
                                          (1 + (1:40) / 40) + rnorm(40, 0, 2), 4))
)
h <- 8
lev <- c(80, 95)
fmt <- function(v) paste(sprintf("%.17g", v), collapse = ", ")
cat("/* test_fc_refs.h - written by tests/ref/make_fc_refs.R (R", as.character(getRversion()),
    ", forecast", as.character(packageVersion("forecast")), "); do not edit. */\n")
cat("struct fc_ref { const char *series; const char *method; int m; int n; const double *y;\n",
    "\tdouble mean[8], lo80[8], hi80[8], lo95[8], hi95[8]; };\n", sep = "")
for (cs in cases) cat(sprintf("static const double ref_y_%s[] = {%s};\n", cs$name, fmt(cs$y)))
cat("static const struct fc_ref fc_refs[] = {\n")
for (cs in cases) {
  y <- ts(cs$y, frequency = cs$m)
  fits <- list(
    naive = function() naive(y, h = h, level = lev),
    snaive = function() snaive(y, h = h, level = lev),
    drift = function() rwf(y, h = h, drift = TRUE, level = lev),
    linear = function() forecast(tslm(y ~ trend), h = h, level = lev),
    quadratic = function() forecast(tslm(y ~ trend + I(trend^2)), h = h, level = lev),
    exponential = function() if (all(cs$y > 0)) forecast(tslm(y ~ trend, lambda = 0), h = h, level = lev) else NULL,
    ses = function() ses(y, h = h, level = lev),
    holt = function() holt(y, h = h, level = lev),
    damped = function() holt(y, h = h, damped = TRUE, level = lev),
    theta = function() thetaf(y, h = h, level = lev)
  )
  for (meth in names(fits)) {
    if (meth == "snaive" && cs$m == 1) next
    f <- fits[[meth]]()
    if (is.null(f)) next
    cat(sprintf("\t{\"%s\", \"%s\", %d, %d, ref_y_%s,\n\t {%s},\n\t {%s},\n\t {%s},\n\t {%s},\n\t {%s}},\n",
                cs$name, meth, cs$m, length(cs$y), cs$name, fmt(f$mean), fmt(f$lower[, 1]),
                fmt(f$upper[, 1]), fmt(f$lower[, 2]), fmt(f$upper[, 2])))
  }
}
cat("};\n")
