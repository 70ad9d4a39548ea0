"""ctypes bindings to libgenaicost: where the library is, and the C
declarations this package calls.

Everything that follows the C API is in one place here: SONAME, the SEED
type, the option struct layouts, how library memory is released (free_text)
and DECLS, the table of functions with their result and argument types.
"""

import ctypes
import ctypes.util
import os

# The shared library's soname (libgenaicost.so.MAJOR).
SONAME = "libgenaicost.so.1"
# The C type of gac_sim_options.seed (and of gac_report_simulation's seed).
SEED = ctypes.c_uint64

c_int, c_uint, c_size_t, c_double = ctypes.c_int, ctypes.c_uint, ctypes.c_size_t, ctypes.c_double
c_char_p, c_void_p = ctypes.c_char_p, ctypes.c_void_p
P = ctypes.POINTER


class GacError(ctypes.Structure):
    """struct gac_error: the detail of a failed call."""
    _fields_ = [("status", c_int), ("line", c_uint), ("column", c_uint),
                ("file", ctypes.c_char * 1024), ("message", ctypes.c_char * 512)]


class LoadOptions(ctypes.Structure):
    """struct gac_load_options."""
    _fields_ = [("version", c_uint), ("allow", P(c_char_p)), ("flags", c_uint)]

LOAD_OPTIONS_VERSION = 1


PROGRESS = ctypes.CFUNCTYPE(None, c_void_p, c_size_t, c_size_t)


class SimOptions(ctypes.Structure):
    """struct gac_sim_options."""
    _fields_ = [("version", c_uint), ("trials", c_size_t), ("seed", SEED), ("threads", c_uint),
                ("budget", c_double), ("memory_cap", c_size_t), ("precision", c_double),
                ("max_trials", c_size_t), ("progress", PROGRESS), ("progress_user", c_void_p),
                ("months", c_size_t)]

SIM_OPTIONS_VERSION = 2


def load_options_init():
    """Load options at their defaults (gac_load_options_init)."""
    opts = LoadOptions()
    if lib().gac_load_options_init(ctypes.byref(opts), LOAD_OPTIONS_VERSION):
        raise OSError("genaicost: this libgenaicost refuses load options version %d" % LOAD_OPTIONS_VERSION)
    return opts


def sim_options_init():
    """Simulation options at their defaults (gac_sim_options_init)."""
    opts = SimOptions()
    if lib().gac_sim_options_init(ctypes.byref(opts), SIM_OPTIONS_VERSION):
        raise OSError("genaicost: this libgenaicost refuses simulation options version %d" % SIM_OPTIONS_VERSION)
    return opts


# gac_format
FORMAT_JSON = 1

# Opaque handles are void pointers; out-parameters are pointers to them.
H = c_void_p
OUT = P(c_void_p)
ERR = P(GacError)
DIRS = P(c_char_p)   # NULL-terminated directories

# name: (result type, argument types)
DECLS = {
    "gac_version": (c_char_p, []),
    "gac_strerror": (c_char_p, [c_int]),
    "gac_scenario_load_file_opts": (c_int, [OUT, c_char_p, P(LoadOptions), ERR]),
    "gac_scenario_free": (None, [H]),
    "gac_scenario_set": (c_int, [H, c_char_p, c_char_p, ERR]),
    "gac_scenario_get_number": (c_int, [P(c_double), H, c_char_p]),
    "gac_scenario_sheet_resolve": (c_int, [OUT, H, DIRS, ERR]),
    "gac_sheet_resolve": (c_int, [OUT, c_char_p, c_char_p, DIRS, ERR]),
    "gac_sheet_load_file": (c_int, [OUT, c_char_p, ERR]),
    "gac_sheet_free": (None, [H]),
    "gac_sheet_currency": (c_char_p, [H]),
    "gac_estimate": (c_int, [OUT, H, H, ERR]),
    "gac_estimate_total": (c_int, [P(c_double), H, H, ERR]),
    "gac_result_free": (None, [H]),
    "gac_report": (c_int, [OUT, H, H, H, c_int, c_uint]),
    "gac_compare": (c_int, [OUT, H, H, ERR]),
    "gac_comparison_free": (None, [H]),
    "gac_report_compare": (c_int, [OUT, H, H, H, c_int, c_uint, c_size_t]),
    "gac_break_even_default_range": (c_int, [P(c_double), P(c_double), H, H, c_char_p]),
    "gac_break_even_solve": (c_int, [OUT, H, H, c_char_p, c_char_p, c_char_p, c_double, c_double, ERR]),
    "gac_break_even_free": (None, [H]),
    "gac_report_break_even": (c_int, [OUT, H, H, H, c_double, c_int, c_uint]),
    "gac_simulate": (c_int, [OUT, H, H, P(SimOptions), ERR]),
    "gac_simulation_free": (None, [H]),
    "gac_report_simulation": (c_int, [OUT, H, SEED, c_char_p, c_int, c_uint]),
    "gac_report_models": (c_int, [OUT, H, c_char_p, c_char_p, c_int]),
    "gac_file_kind_of": (c_int, [P(c_int), c_char_p, ERR]),
    "gac_free": (None, [c_void_p]),
    "gac_load_options_init": (c_int, [P(LoadOptions), c_uint]),
    "gac_sim_options_init": (c_int, [P(SimOptions), c_uint]),
}

# Declared when the library has them; the functions that need them raise
# Error(EARG) otherwise.
OPTIONAL = {
    "gac_pricing_dir": (c_char_p, []),
    "gac_report_params": (c_int, [OUT, H, c_int]),
    "gac_validation_new": (c_int, [OUT]),
    "gac_validation_free": (None, [H]),
    "gac_validation_add_sheet": (c_int, [H, c_char_p, H]),
    "gac_validation_add_scenario": (c_int, [H, c_char_p, H, H, ERR]),
    "gac_validation_add_error": (c_int, [H, c_char_p, c_int, H, c_int, ERR]),
    "gac_validation_count": (c_size_t, [H]),
    "gac_report_validate": (c_int, [OUT, H, c_int]),
}

def free_text(lib, ptr):
    """Release what the library allocated (char **out) with gac_free."""
    lib.gac_free(ptr)


def _candidates():
    """Where to look, in order: GENAICOST_LIBRARY, the path `make install`
    recorded, the soname (LD_LIBRARY_PATH and ld.so.cache), ctypes.util."""
    env = os.environ.get("GENAICOST_LIBRARY")
    if env:
        return [env]  # named: nothing else is tried
    found = []
    try:
        from . import _config  # written by `make install`
        found.append(_config.LIBRARY)
    except ImportError:
        pass
    found.append(SONAME)
    name = ctypes.util.find_library("genaicost")
    if name:
        found.append(name)
    return found


_lib = None


def lib():
    """The loaded library, its functions declared; OSError when none loads."""
    global _lib
    if _lib is not None:
        return _lib
    tried = []
    for path in _candidates():
        try:
            handle = ctypes.CDLL(path)
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
            continue
        missing = [n for n in DECLS if not hasattr(handle, n)]
        if missing:
            tried.append("%s (lacks %s: an older libgenaicost)" % (path, ", ".join(missing)))
            continue
        for name, (res, args) in list(DECLS.items()) + list(OPTIONAL.items()):
            if not hasattr(handle, name):
                continue
            fn = getattr(handle, name)
            fn.restype = res
            fn.argtypes = args
        _lib = handle
        return _lib
    raise OSError("genaicost: cannot load libgenaicost; set GENAICOST_LIBRARY to its path. Tried: "
                  + "; ".join(tried))


def has(*names):
    """Whether the loaded library has these (OPTIONAL) functions."""
    handle = lib()
    return all(hasattr(handle, n) for n in names)


def library_path():
    """The file the library was loaded from (for its bundled sheets)."""
    env = os.environ.get("GENAICOST_LIBRARY")
    if env and os.sep in env:
        return os.path.realpath(env)
    lib()
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                parts = line.split(None, 5)
                if len(parts) == 6 and os.path.basename(parts[5].strip()).startswith("libgenaicost.so"):
                    return parts[5].strip()
    except OSError:
        pass
    return None


def pricing_dirs():
    """Directories that may hold bundled sheets, as the CLI looks:
    GENAICOST_PRICING_PATH, then beside the library (a build tree's
    pricing/, an install's share/genaicost/pricing), then the library's
    compiled-in directory where it has one, then the directory
    `make install` recorded."""
    dirs = [d for d in os.environ.get("GENAICOST_PRICING_PATH", "").split(":") if d]
    path = library_path()
    if path:
        here = os.path.dirname(path)
        for rel in ("../pricing", "../share/genaicost/pricing", "../../share/genaicost/pricing"):
            d = os.path.normpath(os.path.join(here, rel))
            if os.path.isdir(d):
                dirs.append(d)
    if has("gac_pricing_dir"):
        dirs.append(os.fsdecode(lib().gac_pricing_dir()))  # compiled in
    try:
        from . import _config
        dirs.append(_config.PRICINGDIR)
    except ImportError:
        pass
    # each directory once (an install's share/genaicost/pricing is also
    # the compiled-in one), so a not-found message names it once
    seen, once = set(), []
    for d in dirs:
        key = os.path.realpath(d)
        if key not in seen:
            seen.add(key)
            once.append(d)
    return once
