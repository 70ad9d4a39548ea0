/*
 * Usage aggregates (lib/usage.h): series of (model, region), counts per
 * hour in one open-addressing table, and the RFC 3339 times the readers
 * meet.  Records mostly arrive in time order, so the last series and the
 * last cell are tried before any lookup.
 */
#include "usage.h"

#include <stdlib.h>
#include <string.h>

void gac_usage_init(gac_usage *u)
{
	memset(u, 0, sizeof *u);
}

void gac_usage_done(gac_usage *u)
{
	if (!u)
		return;
	for (size_t i = 0; i < u->nseries; i++) {
		free(u->series[i].model);
		free(u->series[i].region);
	}
	free(u->series);
	free(u->cells);
	memset(u, 0, sizeof *u);
}

gac_status gac_usage_series_get(size_t *idx, gac_usage *u, const char *model, const char *region)
{
	return gac_usage_series_get_tagged(idx, u, model, region, false);
}

gac_status gac_usage_series_get_tagged(size_t *idx, gac_usage *u, const char *model, const char *region, bool batch)
{
	if (u->last_series < u->nseries) {
		const gac_usage_series *s = &u->series[u->last_series];
		if (s->batch == batch && !strcmp(s->model, model) && !strcmp(s->region, region)) {
			*idx = u->last_series;
			return GAC_OK;
		}
	}
	for (size_t i = 0; i < u->nseries; i++)
		if (u->series[i].batch == batch && !strcmp(u->series[i].model, model) &&
		    !strcmp(u->series[i].region, region)) {
			*idx = u->last_series = i;
			return GAC_OK;
		}
	if (u->nseries == UINT32_MAX)
		return GAC_ELIMIT;
	if (u->nseries == u->series_cap) {
		size_t cap = u->series_cap ? u->series_cap * 2 : 8;
		gac_usage_series *p = gac_realloc(u->series, cap * sizeof *p);
		if (!p)
			return GAC_ENOMEM;
		u->series = p;
		u->series_cap = cap;
	}
	gac_usage_series *s = &u->series[u->nseries];
	memset(s, 0, sizeof *s);
	s->model = gac_strdup(model);
	s->region = gac_strdup(region);
	if (!s->model || !s->region) {
		free(s->model);
		free(s->region);
		return GAC_ENOMEM;
	}
	s->batch = batch;
	s->first_hour = INT64_MAX;
	s->last_hour = INT64_MIN;
	s->end = INT64_MIN;
	*idx = u->last_series = u->nseries++;
	return GAC_OK;
}

static size_t cell_hash(size_t series, int64_t hour, size_t cap)
{
	uint64_t k = (uint64_t)hour * 0x9E3779B97F4A7C15u ^ ((uint64_t)series + 1) * 0xC2B2AE3D27D4EB4Fu;
	k ^= k >> 29;
	return (size_t)(k & (cap - 1));
}

static gac_usage_cell *cell_find(const gac_usage *u, size_t series, int64_t hour)
{
	if (!u->cell_cap)
		return NULL;
	for (size_t i = cell_hash(series, hour, u->cell_cap);; i = (i + 1) & (u->cell_cap - 1)) {
		gac_usage_cell *c = &u->cells[i];
		if (!c->used || (c->series == series && c->hour == hour))
			return c;
	}
}

static gac_status grow(gac_usage *u)
{
	size_t cap = u->cell_cap ? u->cell_cap * 2 : 1024;
	gac_usage_cell *cells = gac_calloc(cap, sizeof *cells);
	if (!cells)
		return GAC_ENOMEM;
	for (size_t i = 0; i < u->cell_cap; i++) {
		if (!u->cells[i].used)
			continue;
		size_t j = cell_hash(u->cells[i].series, u->cells[i].hour, cap);
		while (cells[j].used)
			j = (j + 1) & (cap - 1);
		cells[j] = u->cells[i];
	}
	free(u->cells);
	u->cells = cells;
	u->cell_cap = cap;
	u->last_cell = NULL;
	return GAC_OK;
}

static void add_counts(gac_usage_counts *to, const gac_usage_counts *c)
{
	to->requests += c->requests;
	to->input += c->input;
	to->output += c->output;
	to->cache_read += c->cache_read;
	to->cache_write += c->cache_write;
	to->batch += c->batch;
	to->throttles += c->throttles;
	to->images += c->images;
}

gac_status gac_usage_add(gac_usage *u, size_t series, int64_t hour, long resolution, const gac_usage_counts *c)
{
	gac_usage_cell *cell = u->last_cell;
	if (!cell || cell->series != series || cell->hour != hour) {
		if ((u->ncells + 1) * 4 > u->cell_cap * 3) {
			gac_status st = grow(u);
			if (st != GAC_OK)
				return st;
		}
		cell = cell_find(u, series, hour);
		if (!cell->used) {
			memset(cell, 0, sizeof *cell);
			cell->used = true;
			cell->series = (uint32_t)series;
			cell->hour = hour;
			u->ncells++;
		}
		u->last_cell = cell;
	}
	add_counts(&cell->c, c);
	gac_usage_series *s = &u->series[series];
	add_counts(&s->total, c);
	if (hour < s->first_hour)
		s->first_hour = hour;
	if (hour > s->last_hour)
		s->last_hour = hour;
	if (resolution > s->resolution)
		s->resolution = resolution;
	int64_t e = hour * 3600 + (resolution > 3600 ? resolution : 3600);
	if (e > s->end)
		s->end = e;
	return GAC_OK;
}

gac_usage_counts gac_usage_at(const gac_usage *u, size_t series, int64_t hour)
{
	gac_usage_counts zero = {0};
	const gac_usage_cell *c = cell_find(u, series, hour);
	return c && c->used ? c->c : zero;
}

/* Howard Hinnant's days_from_civil and civil_from_days */
int64_t gac_days_from_civil(int y, unsigned m, unsigned d)
{
	y -= m <= 2;
	const int64_t era = (y >= 0 ? y : y - 399) / 400;
	const unsigned yoe = (unsigned)(y - era * 400);
	const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

void gac_civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d)
{
	z += 719468;
	const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	const unsigned doe = (unsigned)(z - era * 146097);
	const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const unsigned mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = (int)((int64_t)yoe + era * 400 + (*m <= 2));
}

static bool digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

bool gac_time_parse(int64_t *out, const char *t, bool date_ok, bool *was_date)
{
	int y, mo, d, h = 0, mi = 0, s = 0;
	if (!digits(t, 4, &y) || t[4] != '-' || !digits(t + 5, 2, &mo) || t[7] != '-' || !digits(t + 8, 2, &d))
		return false;
	if (mo < 1 || mo > 12 || d < 1 || d > 31)
		return false;
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (d > mdays[mo - 1] || (mo == 2 && d == 29 && !leap))
		return false;
	const char *p = t + 10;
	int64_t off = 0;
	if (!*p) {
		if (!date_ok)
			return false;
		if (was_date)
			*was_date = true;
	} else {
		if ((*p != 'T' && *p != 't' && *p != ' ') || !digits(p + 1, 2, &h) || p[3] != ':' ||
		    !digits(p + 4, 2, &mi))
			return false;
		p += 6;
		if (*p == ':') {
			if (!digits(p + 1, 2, &s))
				return false;
			p += 3;
			if (*p == '.') {
				p++;
				if (*p < '0' || *p > '9')
					return false;
				while (*p >= '0' && *p <= '9')
					p++;
			}
		}
		if (h > 23 || mi > 59 || s > 60)
			return false;
		if (*p == 'Z' || *p == 'z') {
			p++;
		} else if (*p == '+' || *p == '-') {
			int oh, om;
			if (!digits(p + 1, 2, &oh) || p[3] != ':' || !digits(p + 4, 2, &om) || oh > 23 || om > 59)
				return false;
			off = (oh * 3600 + om * 60) * (*p == '-' ? -1 : 1);
			p += 6;
		} else {
			return false;
		}
		if (*p)
			return false;
		if (was_date)
			*was_date = false;
	}
	*out = gac_days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + h * 3600 + mi * 60 + s - off;
	return true;
}

bool gac_region_id_ok(const char *r)
{
	size_t n = 0;
	for (; r[n]; n++)
		if (!((r[n] >= 'a' && r[n] <= 'z') || (r[n] >= '0' && r[n] <= '9') || r[n] == '-') || n >= 32)
			return false;
	return n > 0;
}
