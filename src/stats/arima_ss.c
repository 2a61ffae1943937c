/* arima_ss.c - the state space form of an ARIMA model: initial covariance,
 * Kalman filter likelihood (R's and the fast one of the optimiser),
 * forecasts, conditional sum of squares.  See arima_int.h.
 *
 * The filter follows R's ARIMA_Like (stats/src/arima.c) in what it
 * computes; the stationary covariance of the ARMA part is found from the
 * autocovariances of the process instead of Gardner's algorithm (both are
 * exact; they agree to rounding), and the covariance update exploits the
 * sparse transition matrix and symmetry.
 */
#include "stats/arima_int.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct arima_state *arima_state_new(int p, int q, const double *delta, int d)
{
	int r = p > q + 1 ? p : q + 1;
	int rd = r + d;
	size_t nd = (size_t)p + (size_t)r + (size_t)d + 3 * (size_t)rd + 4 * (size_t)rd * rd +
		    3 * (size_t)r + (size_t)(p + 1) * (p + 1) + (size_t)p + 1;
	struct arima_state *s = calloc(1, sizeof *s + nd * sizeof(double));
	if (!s)
		return NULL;
	double *w = (double *)(s + 1);
	s->p = p;
	s->q = r - 1;
	s->r = r;
	s->d = d;
	s->rd = rd;
	s->phi = w, w += p;
	s->theta = w, w += r;  /* r - 1 used; r keeps the pointer valid for r = 1 */
	s->delta = w, w += d;
	s->a = w, w += rd;
	s->anew = w, w += rd;
	s->M = w, w += rd;
	s->P = w, w += (size_t)rd * rd;
	s->Pn = w, w += (size_t)rd * rd;
	s->mm = w, w += (size_t)rd * rd;
	s->Pnew = w, w += (size_t)rd * rd;
	s->work = w;
	for (int i = 0; i < d; i++)
		s->delta[i] = delta[i];
	return s;
}

void arima_state_free(struct arima_state *s)
{
	free(s);
}

/* Solve A x = B in place (B becomes x) for a small dense N x N system by
 * Gaussian elimination with partial pivoting; -1 when singular.  (Called
 * for every likelihood evaluation, with N = p + 1 <= ~15: a library call
 * costs more than the arithmetic here.) */
static int solve_small(double *A, double *b, int n)
{
	for (int k = 0; k < n; k++) {
		int piv = k;
		double best = fabs(A[k * n + k]);
		for (int i = k + 1; i < n; i++)
			if (fabs(A[i * n + k]) > best)
				best = fabs(A[i * n + k]), piv = i;
		if (!(best > 0) || !isfinite(best))
			return -1;
		if (piv != k) {
			for (int j = 0; j < n; j++) {
				double t = A[k * n + j];
				A[k * n + j] = A[piv * n + j];
				A[piv * n + j] = t;
			}
			double t = b[k];
			b[k] = b[piv];
			b[piv] = t;
		}
		double inv = 1.0 / A[k * n + k];
		for (int i = k + 1; i < n; i++) {
			double f = A[i * n + k] * inv;
			if (f == 0.0)
				continue;
			for (int j = k + 1; j < n; j++)
				A[i * n + j] -= f * A[k * n + j];
			b[i] -= f * b[k];
		}
	}
	for (int k = n - 1; k >= 0; k--) {
		double v = b[k];
		for (int j = k + 1; j < n; j++)
			v -= A[k * n + j] * b[j];
		b[k] = v / A[k * n + k];
	}
	return 0;
}

/* Autocovariances of the ARMA part (unit innovation variance) into
 * s->work: theta_0..theta_{r-1} (theta_0 = 1), psi_0..psi_{r-1} (the MA(inf)
 * weights) and gamma_0..gamma_{r-1}.  Returns 0, or -1 without a finite
 * positive variance (a unit root). */
static int arma_acov(struct arima_state *s)
{
	int p = s->p, r = s->r, np1 = p + 1;
	const double *phi = s->phi;
	double *th = s->work, *psi = th + r, *gam = psi + r;
	double *A = gam + r;          /* (p+1) x (p+1) */
	double *b = A + np1 * np1;    /* p+1 */
	th[0] = 1.0;
	for (int j = 1; j < r; j++)
		th[j] = s->theta[j - 1];
	for (int j = 0; j < r; j++) {
		double v = th[j];
		for (int i = 1; i <= p && i <= j; i++)
			v += phi[i - 1] * psi[j - i];
		psi[j] = v;
	}
	/* gamma_k - sum_i phi_i gamma_|k-i| = sum_{j>=k} theta_j psi_{j-k}, k = 0..p */
	memset(A, 0, (size_t)np1 * np1 * sizeof *A);
	for (int k = 0; k <= p; k++) {
		A[k * np1 + k] += 1.0;
		for (int i = 1; i <= p; i++)
			A[k * np1 + abs(k - i)] -= phi[i - 1];
		double c = 0;
		for (int j = k; j < r; j++)
			c += th[j] * psi[j - k];
		b[k] = c;
	}
	if (p > 0 && solve_small(A, b, np1) != 0)
		return -1;
	for (int k = 0; k < r; k++) {
		if (k <= p) {
			gam[k] = b[k];
			continue;
		}
		double v = 0;
		for (int i = 1; i <= p; i++)
			v += phi[i - 1] * gam[k - i];
		for (int j = k; j < r; j++)
			v += th[j] * psi[j - k];
		gam[k] = v;
	}
	if (!(gam[0] > 0) || !isfinite(gam[0]))
		return -1;
	return 0;
}

/* Stationary covariance (unit innovation variance) of the first r state
 * elements, into OUT (row stride RD).  State element i at time t is
 *   a_i = sum_{L=1}^{r-i} phi_{L+i} x_{t-L} + sum_{L=0}^{r-1-i} theta_{L+i} e_{t-L}
 * (theta_0 = 1), so its covariances follow from the autocovariances gamma
 * of x and from cov(x_{t-L1}, e_{t-L2}) = psi_{L2-L1} (L2 >= L1). */
static int state_cov(struct arima_state *s, double *out, int rd)
{
	int p = s->p, r = s->r;
	const double *phi = s->phi;
	if (arma_acov(s) != 0)
		return -1;
	const double *th = s->work, *psi = th + r, *gam = psi + r;
	for (int i = 0; i < r; i++) {
		for (int j = i; j < r; j++) {
			double v = 0;
			/* x-x terms: phi_{L1+i} phi_{L2+j} gamma_|L1-L2| */
			for (int L1 = 1; L1 + i <= p; L1++)
				for (int L2 = 1; L2 + j <= p; L2++)
					v += phi[L1 + i - 1] * phi[L2 + j - 1] * gam[abs(L1 - L2)];
			/* x-e terms: phi_{L1+i} theta_{L2+j} psi_{L2-L1}, L2 >= L1 */
			for (int L1 = 1; L1 + i <= p; L1++)
				for (int L2 = L1; L2 + j < r; L2++)
					v += phi[L1 + i - 1] * th[L2 + j] * psi[L2 - L1];
			for (int L2 = 1; L2 + j <= p; L2++)
				for (int L1 = L2; L1 + i < r; L1++)
					v += th[L1 + i] * phi[L2 + j - 1] * psi[L1 - L2];
			for (int L = 0; L + j < r; L++)  /* j >= i */
				v += th[L + i] * th[L + j];
			out[i * rd + j] = out[j * rd + i] = v;
		}
	}
	for (int i = 0; i < r * r; i++)
		if (!isfinite(out[(i / r) * rd + i % r]))
			return -1;
	return 0;
}

int arima_state_set(struct arima_state *s, const double *phi, const double *theta, int q)
{
	int rd = s->rd;
	for (int i = 0; i < s->p; i++)
		s->phi[i] = phi[i];
	for (int i = 0; i < s->r - 1; i++)
		s->theta[i] = i < q ? theta[i] : 0.0;
	memset(s->a, 0, (size_t)rd * sizeof *s->a);
	memset(s->P, 0, (size_t)rd * rd * sizeof *s->P);
	memset(s->Pn, 0, (size_t)rd * rd * sizeof *s->Pn);
	if (s->r == 1)
		s->Pn[0] = s->p > 0 ? 1.0 / (1.0 - phi[0] * phi[0]) : 1.0;
	else if (state_cov(s, s->Pn, rd) != 0)
		return -1;
	if (!isfinite(s->Pn[0]))
		return -1;
	for (int i = s->r; i < rd; i++)
		s->Pn[i * rd + i] = ARIMA_KAPPA;
	return 0;
}

/* anew = T a */
static void predict_state(const struct arima_state *s, const double *a, double *anew)
{
	int p = s->p, r = s->r, d = s->d;
	for (int i = 0; i < r; i++) {
		double v = i < r - 1 ? a[i + 1] : 0.0;
		if (i < p)
			v += s->phi[i] * a[0];
		anew[i] = v;
	}
	if (d > 0) {
		double v = a[0];
		for (int k = 0; k < d; k++)
			v += s->delta[k] * a[r + k];
		for (int i = r + d - 1; i > r; i--)
			anew[i] = a[i - 1];
		anew[r] = v;
	}
}

/* PNEW = T P T' + V (V = R R'), using MM as workspace; all rd x rd. */
static void predict_cov(const struct arima_state *s, const double *P, double *Pnew, double *mm)
{
	int p = s->p, r = s->r, d = s->d, rd = s->rd;
	const double *phi = s->phi, *delta = s->delta;
	/* mm = T P, row by row */
	for (int i = 0; i < r; i++) {
		double *row = mm + (size_t)i * rd;
		if (i < r - 1) {
			const double *src = P + (size_t)(i + 1) * rd;
			if (i < p)
				for (int j = 0; j < rd; j++)
					row[j] = src[j] + phi[i] * P[j];
			else
				memcpy(row, src, (size_t)rd * sizeof *row);
		} else if (i < p) {
			for (int j = 0; j < rd; j++)
				row[j] = phi[i] * P[j];
		} else {
			memset(row, 0, (size_t)rd * sizeof *row);
		}
	}
	if (d > 0) {
		double *row = mm + (size_t)r * rd;
		memcpy(row, P, (size_t)rd * sizeof *row);
		for (int k = 0; k < d; k++) {
			const double *src = P + (size_t)(r + k) * rd;
			double dk = delta[k];
			if (dk != 0.0)
				for (int j = 0; j < rd; j++)
					row[j] += dk * src[j];
		}
		for (int i = 1; i < d; i++)
			memcpy(mm + (size_t)(r + i) * rd, P + (size_t)(r + i - 1) * rd,
			       (size_t)rd * sizeof *row);
	}
	/* Pnew = mm T' (symmetric: fill j >= i, mirror) */
	for (int i = 0; i < rd; i++) {
		const double *m = mm + (size_t)i * rd;
		double *out = Pnew + (size_t)i * rd;
		for (int j = i; j < rd; j++) {
			double v;
			if (j < r) {
				v = j < r - 1 ? m[j + 1] : 0.0;
				if (j < p)
					v += phi[j] * m[0];
			} else if (j == r) {
				v = m[0];
				for (int k = 0; k < d; k++)
					v += delta[k] * m[r + k];
			} else {
				v = m[j - 1];
			}
			out[j] = v;
		}
	}
	/* + V on the ARMA block */
	for (int i = 0; i < r; i++) {
		double vi = i == 0 ? 1.0 : s->theta[i - 1];
		if (vi == 0.0)
			continue;
		for (int j = i; j < r; j++) {
			double vj = j == 0 ? 1.0 : s->theta[j - 1];
			Pnew[(size_t)i * rd + j] += vi * vj;
		}
	}
	for (int i = 0; i < rd; i++)
		for (int j = 0; j < i; j++)
			Pnew[(size_t)i * rd + j] = Pnew[(size_t)j * rd + i];
}

void arima_kalman(struct arima_state *s, const double *y, size_t n, double *resid,
		  double *ssq_out, double *sumlog_out, int *nu_out)
{
	int r = s->r, d = s->d, rd = s->rd;
	const double *delta = s->delta;
	double *a = s->a, *P = s->P, *anew = s->anew, *M = s->M;
	double *Pnew = s->Pnew, *mmw = s->mm;
	double ssq = 0, sumlog = 0;
	int nu = 0;
	for (size_t l = 0; l < n; l++) {
		predict_state(s, a, anew);
		if (l > 0)
			predict_cov(s, P, Pnew, mmw);
		else
			memcpy(Pnew, s->Pn, (size_t)rd * rd * sizeof *Pnew);
		if (isnan(y[l])) {
			memcpy(a, anew, (size_t)rd * sizeof *a);
			memcpy(P, Pnew, (size_t)rd * rd * sizeof *P);
			if (resid)
				resid[l] = NAN;
			continue;
		}
		double res0 = y[l] - anew[0];
		for (int k = 0; k < d; k++)
			res0 -= delta[k] * anew[r + k];
		for (int i = 0; i < rd; i++) {
			const double *row = Pnew + (size_t)i * rd;
			double v = row[0];
			for (int k = 0; k < d; k++)
				v += delta[k] * row[r + k];
			M[i] = v;
		}
		double gain = M[0];
		for (int k = 0; k < d; k++)
			gain += delta[k] * M[r + k];
		if (gain < 1e4) {
			nu++;
			ssq += res0 * res0 / gain;
			sumlog += log(gain);
		}
		if (resid)
			resid[l] = res0 / sqrt(gain);
		double f = res0 / gain;
		for (int i = 0; i < rd; i++)
			a[i] = anew[i] + M[i] * f;
		for (int i = 0; i < rd; i++) {
			double mi = M[i] / gain;
			const double *src = Pnew + (size_t)i * rd;
			double *dst = P + (size_t)i * rd;
			for (int j = 0; j < rd; j++)
				dst[j] = src[j] - mi * M[j];
		}
	}
	*ssq_out = ssq;
	*sumlog_out = sumlog;
	*nu_out = nu;
}

int arima_like_arma(struct arima_state *s, const double *phi, const double *theta, int q,
		    const double *w, size_t n, double *ssq_out, double *sumlog_out, int *nu_out)
{
	int p = s->p, r = s->r;
	for (int i = 0; i < p; i++)
		s->phi[i] = phi[i];
	for (int i = 0; i < r - 1; i++)
		s->theta[i] = i < q ? theta[i] : 0.0;
	phi = s->phi;
	double *a = s->a, *G = s->anew, *W = s->M, *u = s->Pnew;
	/* first column of the stationary covariance: cov(a_i, x_t) =
	 * sum_{k>=i} phi_{k+1} gamma_{k-i+1} + theta_k psi_{k-i} */
	double *c0 = s->mm;
	if (r == 1) {
		c0[0] = p > 0 ? 1.0 / (1.0 - phi[0] * phi[0]) : 1.0;
		if (!(c0[0] > 0) || !isfinite(c0[0]))
			return -1;
	} else {
		if (arma_acov(s) != 0)
			return -1;
		const double *th = s->work, *psi = th + r, *gam = psi + r;
		c0[0] = gam[0];
		for (int i = 1; i < r; i++) {
			double v = 0;
			for (int k = i; k < r; k++) {
				if (k < p)
					v += phi[k] * gam[k - i + 1];
				v += th[k] * psi[k - i];
			}
			c0[i] = v;
		}
	}
	/* P_1 = Q0, F_1 = Q0[0][0], G_1 = T Q0 e_0; then Chandrasekhar:
	 * P_{t+1} - P_t = m_t w_t w_t' with w_1 = G_1, m_1 = -1 / F_1. */
	double F = c0[0];
	for (int i = 0; i < r; i++) {
		double v = i < r - 1 ? c0[i + 1] : 0.0;
		if (i < p)
			v += phi[i] * c0[0];
		G[i] = v;
		W[i] = v;
		a[i] = 0;
	}
	double m = -1.0 / F;
	double ssq = 0, sumlog = 0, prod = 1;
	if (!(F > 0) || !isfinite(F))
		return -1;
	/* the nonzero AR coefficients (seasonal products are sparse): adding
	 * 0 * x changes nothing */
	int pj[p > 0 ? p : 1], np = 0;
	for (int i = 0; i < p; i++)
		if (phi[i] != 0.0)
			pj[np++] = i;
	for (size_t l = 0; l < n; l++) {
		double v = w[l] - a[0];
		ssq += v * v / F;
		prod *= F;  /* sum of logs as the log of products, in batches */
		if (prod > 1e150 || prod < 1e-150) {
			sumlog += log(prod);
			prod = 1;
		}
		/* a_{t+1} = T a_t + G_t v_t / F_t */
		double f = v / F, a0 = a[0];
		for (int i = 0; i < r - 1; i++)
			a[i] = a[i + 1] + G[i] * f;
		a[r - 1] = G[r - 1] * f;
		for (int k = 0; k < np; k++)
			a[pj[k]] += phi[pj[k]] * a0;
		if (m == 0.0)
			continue;
		/* u = T w, z = Z w */
		double z = W[0];
		for (int i = 0; i < r - 1; i++)
			u[i] = W[i + 1];
		u[r - 1] = 0.0;
		for (int k = 0; k < np; k++)
			u[pj[k]] += phi[pj[k]] * z;
		double Fn = F + m * z * z, zf = z / F, mz = m * z, wmax = 0;
		for (int i = 0; i < r; i++) {
			double gi = G[i];
			G[i] = gi + mz * u[i];
			W[i] = u[i] - zf * gi;
			double aw = fabs(W[i]);
			wmax = aw > wmax ? aw : wmax;
		}
		m = m * F / Fn;
		F = Fn;
		if (!(F > 0))
			return -1;
		/* converged: further changes of F and G are below 1e-17 F */
		if (fabs(m) * wmax * wmax < 1e-17 * F)
			m = 0.0;
	}
	sumlog += log(prod);
	*ssq_out = ssq;
	*sumlog_out = sumlog;
	*nu_out = (int)n;
	return 0;
}

int arima_kforecast(const struct arima_state *s, size_t h, double *fc, double *var)
{
	int r = s->r, d = s->d, rd = s->rd;
	size_t sz = (size_t)rd * rd;
	double *buf = malloc((2 * (size_t)rd + 3 * sz) * sizeof *buf);
	if (!buf)
		return -1;
	double *a = buf, *an = a + rd, *P = an + rd, *Pn = P + sz, *mm = Pn + sz;
	memcpy(a, s->a, (size_t)rd * sizeof *a);
	memcpy(P, s->P, sz * sizeof *P);
	for (size_t l = 0; l < h; l++) {
		predict_state(s, a, an);
		memcpy(a, an, (size_t)rd * sizeof *a);
		predict_cov(s, P, Pn, mm);
		memcpy(P, Pn, sz * sizeof *P);
		double f = a[0];
		for (int k = 0; k < d; k++)
			f += s->delta[k] * a[r + k];
		fc[l] = f;
		if (var) {
			/* Z P Z', Z = e_0 + sum delta_k e_{r+k} */
			double v = 0;
			for (int i = -1; i < d; i++) {
				int ii = i < 0 ? 0 : r + i;
				double zi = i < 0 ? 1.0 : s->delta[i];
				for (int j = -1; j < d; j++) {
					int jj = j < 0 ? 0 : r + j;
					double zj = j < 0 ? 1.0 : s->delta[j];
					v += zi * zj * P[(size_t)ii * rd + jj];
				}
			}
			var[l] = v;
		}
	}
	free(buf);
	return 0;
}

double arima_css_diff(const double *w, size_t n, const double *phi, int p,
		      const double *theta, int q, double *res)
{
	/* the nonzero coefficients only: seasonal products are sparse */
	int pj[p > 0 ? p : 1], qj[q > 0 ? q : 1], np = 0, nq = 0;
	double pc[p > 0 ? p : 1], qc[q > 0 ? q : 1];
	for (int j = 0; j < p; j++)
		if (phi[j] != 0.0)
			pj[np] = j + 1, pc[np++] = phi[j];
	for (int j = 0; j < q; j++)
		if (theta[j] != 0.0)
			qj[nq] = j + 1, qc[nq++] = theta[j];
	double ssq = 0;
	size_t nu = 0;
	for (size_t l = 0; l < (size_t)p && l < n; l++)
		res[l] = 0;
	for (size_t l = (size_t)p; l < n; l++) {
		double v = w[l];
		for (int k = 0; k < np; k++)
			v -= pc[k] * w[l - (size_t)pj[k]];
		size_t lag_max = l - (size_t)p;  /* residuals before p are not used */
		/* qj/qc hold nq entries, filled above (cppcheck misreads the VLAs) */
		// cppcheck-suppress uninitvar
		for (int k = 0; k < nq && (size_t)qj[k] <= lag_max; k++)
			// cppcheck-suppress uninitvar
			v -= qc[k] * res[l - (size_t)qj[k]];
		res[l] = v;
		if (!isnan(v)) {
			nu++;
			ssq += v * v;
		}
	}
	return nu > 0 ? ssq / (double)nu : NAN;
}

double arima_css(const double *y, size_t n, int d, int sd, int m,
		 const double *phi, int p, const double *theta, int q, int ncond,
		 double *resid, double *work)
{
	double *w = work, *res = resid ? resid : work + n;
	size_t nd = (size_t)d + (size_t)sd * (size_t)m;
	memcpy(w, y, n * sizeof *w);
	for (int i = 0; i < d; i++)
		for (size_t l = n - 1; l > 0; l--)
			w[l] -= w[l - 1];
	for (int i = 0; i < sd; i++)
		for (size_t l = n - 1; l >= (size_t)m && l > 0; l--)
			w[l] -= w[l - m];
	if (ncond < (int)nd + p || nd >= n)
		return NAN;
	for (size_t l = 0; l < nd; l++)
		res[l] = 0;
	return arima_css_diff(w + nd, n - nd, phi, p, theta, q, res + nd);
}
