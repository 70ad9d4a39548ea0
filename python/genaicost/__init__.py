"""genaicost from Python: Amazon Bedrock cost models over libgenaicost.

Each function is named after a command of the genaicost tool and returns
what that command's ``--format json`` report holds, as plain Python objects
(dicts, lists, floats, strings), rendered by the library itself::

    >>> import genaicost
    >>> genaicost.estimate("examples/chatbot.yaml")["total"]
    14175.0

A failure raises :class:`genaicost.Error`, which carries the library's
status and, where the problem is in a file, its file, line and column.
The shared library is found through GENAICOST_LIBRARY, else the path
``make install`` recorded, else the system's library path.
"""

import enum
import json
import math
import os
import ctypes
from collections.abc import Mapping

from . import _lib

__all__ = ["Error", "Status", "estimate", "compare", "break_even", "simulate", "models", "params",
           "validate", "version"]
__version__ = "0.3.0"


class Status(enum.IntEnum):
    """The library's status codes (gac_status), by name without GAC_."""
    OK = 0
    ENOMEM = 1
    EIO = 2
    ESYNTAX = 3
    ESCHEMA = 4
    EVALUE = 5
    ELIMIT = 6
    EMODEL = 7
    EREGION = 8
    ENOPRICE = 9
    EPARAM = 10
    EARG = 11
    ERANGE = 12
    ENOTFOUND = 13
    EVERSION = 14
    ESERVICE = 15
    EACCESS = 16


class Error(Exception):
    """A failure of the library.

    status: a Status (an int: the gac_status code, with its name), or a
            plain int for a code newer than this package
    file, line, column: where in a file the problem is; None when it is
            not tied to a place (line and column are 1-based)
    detail: the library's message
    """

    def __init__(self, status, detail, file=None, line=None, column=None):
        try:
            status = Status(status)
        except ValueError:
            pass
        self.status, self.detail, self.file, self.line, self.column = status, detail, file, line, column
        super().__init__(str(self))

    def __str__(self):
        where = ""
        if self.file:
            where = self.file
            if self.line:
                where += ":%d" % self.line
                if self.column:
                    where += ":%d" % self.column
            where += ": "
        return where + self.detail

    def __reduce__(self):
        # picklable (multiprocessing, joblib): rebuilt from its fields
        return (Error, (int(self.status), self.detail, self.file, self.line, self.column))

    def __repr__(self):
        name = getattr(self.status, "name", self.status)
        return "genaicost.Error(%s, %r, file=%r, line=%r, column=%r)" % (
            name, self.detail, self.file, self.line, self.column)


def _strerror(status):
    return _lib.lib().gac_strerror(status).decode()


def _raise(status, err=None):
    """Raise Error for a failed call, with err's detail when it has one."""
    if err is not None and err.message:
        detail = err.message.decode("utf-8", "replace")
        file = os.fsdecode(err.file) if err.file else None
        raise Error(status, detail, file, err.line or None, err.column or None)
    raise Error(status, _strerror(status))


def _check(status, err=None):
    if status != 0:
        _raise(status, err)


def _text(ptr):
    """A library-allocated string as str, released."""
    try:
        return ctypes.string_at(ptr).decode("utf-8")
    finally:
        _lib.free_text(_lib.lib(), ptr)


def _report(render, *args):
    """Call a gac_report_* function and parse its JSON."""
    out = ctypes.c_void_p()
    status = render(ctypes.byref(out), *args)
    if status != 0:
        if out:
            _lib.free_text(_lib.lib(), out)
        _raise(status)
    return json.loads(_text(out))


def _dirs(paths):
    arr = (ctypes.c_char_p * (len(paths) + 1))(*[os.fsencode(p) for p in paths], None)
    return arr


def _value_text(v):
    """A --set value as the library reads it."""
    if isinstance(v, bool):
        raise Error(Status.EARG, "a parameter takes a number or a word, not %r" % v)
    if isinstance(v, float):
        # as one would type it (0.0 as 0): the scenario's hash is of the text
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return str(v)


def _sets(values):
    """set={PATH: VALUE, ...}, or ["PATH=VALUE", ...] as --set takes them."""
    if values is None:
        return []
    if isinstance(values, Mapping):
        return [(str(k), _value_text(v)) for k, v in values.items()]
    pairs = []
    for item in values:
        if isinstance(item, str):
            path, eq, value = item.partition("=")
            if not eq or not path:
                raise Error(Status.EARG, "set takes PATH=VALUE (got '%s')" % item)
            pairs.append((path, value))
        else:
            path, value = item
            pairs.append((str(path), _value_text(value)))
    return pairs


def _load_scenario(lib, scenario, set=None, allow=None, err=None):
    """Load a scenario under the file-access rule (its directory, `allow`
    and GENAICOST_ALLOW_PATH, as the tool's --allow-path may also hold the
    files it names) and apply `set` in order; Error on failure, err (a
    GacError) filled when given."""
    err = err if err is not None else _lib.GacError()
    allow = list(allow or [])
    allow += [d for d in os.environ.get("GENAICOST_ALLOW_PATH", "").split(":") if d]
    opts = _lib.load_options_init()
    keep = _dirs(allow)
    opts.allow = ctypes.cast(keep, _lib.DIRS)
    sc = ctypes.c_void_p()
    _check(lib.gac_scenario_load_file_opts(ctypes.byref(sc), os.fsencode(scenario), ctypes.byref(opts),
                                           ctypes.byref(err)), err)
    try:
        for path, value in _sets(set):
            _check(lib.gac_scenario_set(sc, path.encode(), value.encode(), ctypes.byref(err)), err)
    except BaseException:
        lib.gac_scenario_free(sc)
        raise
    return sc


def _load_sheet(lib, sc=None, pricing=None, err=None):
    """The sheet `pricing` names (a name or a file), else the scenario's
    pricing: (under its file-access rule), else aws-bedrock."""
    err = err if err is not None else _lib.GacError()
    dirs = _dirs(_lib.pricing_dirs())
    path, sheet = ctypes.c_void_p(), ctypes.c_void_p()
    if pricing is not None or sc is None:
        ref = os.fsencode(pricing if pricing is not None else "aws-bedrock")
        status = lib.gac_sheet_resolve(ctypes.byref(path), ref, None, dirs, ctypes.byref(err))
    else:
        status = lib.gac_scenario_sheet_resolve(ctypes.byref(path), sc, dirs, ctypes.byref(err))
    _check(status, err)
    sheet_path = ctypes.string_at(path)
    _lib.free_text(lib, path)
    _check(lib.gac_sheet_load_file(ctypes.byref(sheet), sheet_path, ctypes.byref(err)), err)
    return sheet


class _Loaded:
    """A scenario with its --set changes applied, and its sheet; freed on exit."""

    def __init__(self, scenario, set=None, pricing=None, allow=None):
        self.lib = _lib.lib()
        self.sc = self.sheet = None
        self.scenario, self.set, self.pricing, self.allow = scenario, set, pricing, allow

    def __enter__(self):
        self.sc = _load_scenario(self.lib, self.scenario, self.set, self.allow)
        try:
            self.sheet = _load_sheet(self.lib, self.sc, self.pricing)
        except BaseException:
            self.lib.gac_scenario_free(self.sc)
            raise
        return self

    def __exit__(self, *exc):
        self.lib.gac_sheet_free(self.sheet)
        self.lib.gac_scenario_free(self.sc)
        self.sheet = self.sc = None
        return False


def _flags(explain):
    return 1 if explain else 0  # GAC_REPORT_EXPLAIN


def version():
    """The library's version, "MAJOR.MINOR.PATCH"."""
    return _lib.lib().gac_version().decode()


def estimate(scenario, set=None, pricing=None, explain=False, allow=None):
    """Price one month of a scenario: ``genaicost estimate SCENARIO --format json``.

    scenario: path of a scenario file
    set:      {PATH: VALUE} applied in order after the file, as --set
              (numbers or words; see ``genaicost params``)
    pricing:  a sheet's name or file, as --pricing (default: the scenario's)
    explain:  add each line item's formula, as --explain
    allow:    more directories the scenario's files may be read from, as
              --allow-path
    Returns the report/1 document: "total", "lines" (one dict per line
    item), "inputs", ...
    """
    with _Loaded(scenario, set, pricing, allow) as s:
        lib, err, res = s.lib, _lib.GacError(), ctypes.c_void_p()
        _check(lib.gac_estimate(ctypes.byref(res), s.sc, s.sheet, ctypes.byref(err)), err)
        try:
            return _report(lib.gac_report, res, s.sc, s.sheet, _lib.FORMAT_JSON, _flags(explain))
        finally:
            lib.gac_result_free(res)


def compare(scenario, set=None, pricing=None, months=0, explain=False, allow=None):
    """The baseline and every option of a scenario side by side:
    ``genaicost compare SCENARIO --format json`` (compare/1).

    months: > 0 adds each option's total cost of ownership month by month,
            as --months (1 to 600)
    Other arguments as estimate().
    """
    if not isinstance(months, int) or isinstance(months, bool) or not 0 <= months <= 600:
        raise Error(Status.EARG, "months takes a whole number from 1 to 600 (got %r)" % (months,))
    with _Loaded(scenario, set, pricing, allow) as s:
        lib, err, cmp = s.lib, _lib.GacError(), ctypes.c_void_p()
        _check(lib.gac_compare(ctypes.byref(cmp), s.sc, s.sheet, ctypes.byref(err)), err)
        try:
            return _report(lib.gac_report_compare, cmp, s.sc, s.sheet, _lib.FORMAT_JSON, _flags(explain), months)
        finally:
            lib.gac_comparison_free(cmp)


def break_even(scenario, vary, between, range=None, set=None, pricing=None, allow=None):
    """Every value of a parameter at which two options cost the same:
    ``genaicost break-even SCENARIO --vary PATH --between A --and B
    --format json`` (break-even/1).

    vary:    the numeric parameter path to vary
    between: the two options, ("baseline" or names under options:)
    range:   (lo, hi) to search; default the tool's (0 to 100 × the value
             now, narrowed to what the parameter and the options accept)
    Other arguments as estimate().
    """
    a, b = between
    with _Loaded(scenario, set, pricing, allow) as s:
        lib, err = s.lib, _lib.GacError()
        now = ctypes.c_double()
        if lib.gac_scenario_get_number(ctypes.byref(now), s.sc, vary.encode()) != 0:
            raise Error(Status.EPARAM, "vary %s: not a numeric parameter (see 'genaicost params')" % vary)
        # the scenario as given must price
        _check(lib.gac_estimate_total(ctypes.byref(now), s.sc, s.sheet, ctypes.byref(err)), err)
        lo, hi = ctypes.c_double(), ctypes.c_double()
        if range is None:
            _check(lib.gac_break_even_default_range(ctypes.byref(lo), ctypes.byref(hi), s.sc, s.sheet,
                                                    vary.encode()))
        else:
            lo.value, hi.value = (float(x) for x in range)
        be = ctypes.c_void_p()
        _check(lib.gac_break_even_solve(ctypes.byref(be), s.sc, s.sheet, vary.encode(), a.encode(), b.encode(),
                                        lo, hi, ctypes.byref(err)), err)
        try:
            return _report(lib.gac_report_break_even, be, s.sc, s.sheet, 0.0, _lib.FORMAT_JSON, 0)
        finally:
            lib.gac_break_even_free(be)


def _whole(name, v, lo, hi):
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        raise Error(Status.EARG, "%s takes a whole number from %d to %d (got %r)" % (name, lo, hi, v))
    return v


def simulate(scenario, trials=10000, seed=1, set=None, pricing=None, threads=0, budget=None,
             precision=None, max_trials=None, memory=None, allow=None, months=None):
    """Monte Carlo over the scenario's uncertain inputs:
    ``genaicost simulate SCENARIO --trials N --seed S --format json``
    (simulation/1).  The same seed gives the same result, whatever the
    number of threads.

    trials:     trials (1 to 1e9)
    seed:       seed of the generators
    threads:    0 for every core
    budget:     monthly budget for P(over budget) (default: budget.monthly)
    precision:  a share above 0 and below 1: double the trials until every
                option's 95% interval of the mean is within it
    max_trials: the cap for precision (default 100 × trials)
    memory:     MiB of totals kept for exact percentiles (default 256);
                beyond, percentiles are streaming estimates
    months:     1 to 600: each trial a whole horizon of that many months,
                priced as forecast prices them (``--months N``; the JSON
                then has "months"); None: one month a trial
    Other arguments as estimate().
    """
    opts = _lib.sim_options_init()
    opts.trials = _whole("trials", trials, 1, 10 ** 9)
    opts.seed = _whole("seed", seed, 0, 2 ** (8 * ctypes.sizeof(_lib.SEED)) - 1)
    opts.threads = _whole("threads", threads, 0, 256)
    if budget is not None:
        if not (isinstance(budget, (int, float)) and budget >= 0 and math.isfinite(budget)):
            raise Error(Status.EARG, "budget takes an amount (got %r)" % (budget,))
        opts.budget = float(budget)
    if precision is not None:
        if not (isinstance(precision, (int, float)) and 0 < precision < 1):
            raise Error(Status.EARG, "precision is a share above 0 and below 1 (got %r)" % (precision,))
        opts.precision = float(precision)
    if max_trials is not None:
        if precision is None:
            raise Error(Status.EARG, "max_trials caps the trials precision adds: give precision too")
        opts.max_trials = _whole("max_trials", max_trials, trials, 10 ** 9)
    if memory is not None:
        opts.memory_cap = _whole("memory", memory, 1, 1048576) << 20
    if months is not None:
        opts.months = _whole("months", months, 1, 600)
    with _Loaded(scenario, set, pricing, allow) as s:
        lib, err, sim = s.lib, _lib.GacError(), ctypes.c_void_p()
        _check(lib.gac_simulate(ctypes.byref(sim), s.sc, s.sheet, ctypes.byref(opts), ctypes.byref(err)), err)
        try:
            return _report(lib.gac_report_simulation, sim, opts.seed, lib.gac_sheet_currency(s.sheet),
                           _lib.FORMAT_JSON, 0)
        finally:
            lib.gac_simulation_free(sim)


def models(pricing=None, region=None, vendor=None):
    """The models of a price sheet: ``genaicost models --format json`` (models/1).

    pricing: a sheet's name or file (default aws-bedrock)
    region:  only models offered there, with its prices
    vendor:  only that vendor's models
    """
    lib = _lib.lib()
    sheet = _load_sheet(lib, None, pricing)
    try:
        return _report(lib.gac_report_models, sheet, region.encode() if region else None,
                       vendor.encode() if vendor else None, _lib.FORMAT_JSON)
    finally:
        lib.gac_sheet_free(sheet)


def _need(*names):
    if not _lib.has(*names):
        raise Error(Status.EARG, "this libgenaicost (%s) lacks %s: it needs a newer one" % (version(), names[0]))


def params(scenario, set=None, allow=None):
    """Every parameter of a scenario with its value, and which are
    defaults: ``genaicost params SCENARIO --format json`` (params/1)."""
    _need("gac_report_params")
    lib = _lib.lib()
    sc = _load_scenario(lib, scenario, set, allow)
    try:
        return _report(lib.gac_report_params, sc, _lib.FORMAT_JSON)
    finally:
        lib.gac_scenario_free(sc)


_FILE_PRICESHEET = 1


def validate(*files, pricing=None, allow=None):
    """Check price sheets and scenarios: ``genaicost validate FILE...
    --format json`` (validate/1).  An invalid file is an entry of the
    report with its error (status, message, file, line, column), not an
    exception; "valid" tells.

    pricing: price scenarios with this sheet instead of their own
    """
    _need("gac_validation_new", "gac_report_validate")
    if not files:
        raise Error(Status.EARG, "validate needs at least one file")
    lib = _lib.lib()
    v = ctypes.c_void_p()
    _check(lib.gac_validation_new(ctypes.byref(v)))
    try:
        for path in files:
            _validate_one(lib, v, os.fsencode(path), path, pricing, allow)
        return _report(lib.gac_report_validate, v, _lib.FORMAT_JSON)
    finally:
        lib.gac_validation_free(v)


def _validate_one(lib, v, bpath, path, pricing, allow):
    """Record one file as the tool's validate does."""
    err, kind = _lib.GacError(), ctypes.c_int()
    status = lib.gac_file_kind_of(ctypes.byref(kind), bpath, ctypes.byref(err))
    if status != 0:
        _check(lib.gac_validation_add_error(v, bpath, 0, None, status, ctypes.byref(err)))
        return
    if kind.value == _FILE_PRICESHEET:
        sheet = ctypes.c_void_p()
        status = lib.gac_sheet_load_file(ctypes.byref(sheet), bpath, ctypes.byref(err))
        try:
            if status != 0:
                _check(lib.gac_validation_add_error(v, bpath, kind.value, None, status, ctypes.byref(err)))
            else:
                _check(lib.gac_validation_add_sheet(v, bpath, sheet))
        finally:
            lib.gac_sheet_free(sheet)
        return
    sc = sheet = None
    try:
        try:
            sc = _load_scenario(lib, path, None, allow, err)
            sheet = _load_sheet(lib, sc, pricing, err)
        except Error as e:
            if e.status == Status.ENOMEM:
                raise
            _check(lib.gac_validation_add_error(v, bpath, kind.value, sc, int(e.status), ctypes.byref(err)))
            return
        at = lib.gac_validation_count(v)
        status = lib.gac_validation_add_scenario(v, bpath, sc, sheet, ctypes.byref(err))
        if lib.gac_validation_count(v) == at:
            _raise(status if status else Status.ENOMEM)
    finally:
        lib.gac_sheet_free(sheet)
        lib.gac_scenario_free(sc)
