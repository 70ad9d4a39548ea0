#!/usr/bin/env python3
"""Check that every public declaration of a C header is documented in the
fixed shape its top comment states (issue 21).

    python3 tests/header_doc_test.py [--allow FILE] [--count] HEADER

A declaration is a GAC_API function, a typedef (struct, enum, opaque type or
function pointer), a member of a public struct, an enumerator, or a #define
(the include guard and the __cplusplus wrapper aside).  Its documentation is
the comment block that ends on the line right before it; a run of #define
and #if lines with no blank line between shares the comment before the run,
and a member, enumerator or #define may instead carry a comment on its own
line.

Shape of a function's block (the order is fixed):

    /*
     * Summary: what it does, a sentence ending in a full stop.  More text.
     *
     * name:       one line per parameter, in prototype order (names may be
     *             grouped: "lo, hi: ..."), continued by deeper indentation
     * Ownership:  who owns what it receives and returns
     * Returns:    the value returned
     * Errors:     the gac_status codes it fails with, each with its cause
     */

Ownership: is required when the function returns a pointer, has a `**`
parameter, or is a _new/_free function; Returns: when it returns a value;
Errors: when it returns a status (a type named *_status): it names codes
the header's *_status enums declare (no unknown one), or "none".
A typedef's block has the summary, and for a struct or enum every member
not commented on its own line appears as a "name:" line.  A function
pointer typedef is checked as a function.

Names listed in the allow-list file (NAME REASON, '#' comments) are excused
and reported.  Exit status: 0 when every declaration is documented or
excused, 1 otherwise, 2 for a usage error.  Messages are FILE:LINE: name:
problem.
"""
import re
import sys

TAG_RE = re.compile(
    r"^([A-Za-z_][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*)\s*:(?:\s|$)")
KEYWORDS = ("Ownership", "Returns", "Errors")
SENTENCE_END = re.compile(r"[.!?][)\"'`]?(\s|$)")


class Comment:
    def __init__(self, start, end, text, trailing):
        self.start = start        # 1-based line of /*
        self.end = end            # 1-based line of */
        self.text = text          # inner text, one string per line
        self.trailing = trailing  # code precedes it on its first line


def scan(src):
    """Split src into comments and code.  Returns (comments, code) where
    code has every comment replaced by spaces (newlines kept)."""
    comments = []
    out = []
    i, n, line = 0, len(src), 1
    code_on_line = False
    while i < n:
        c = src[i]
        if src.startswith("/*", i):
            j = src.find("*/", i + 2)
            if j < 0:
                j = n - 2
            body = src[i + 2:j]
            start = line
            line += body.count("\n")
            lines = []
            for raw in body.split("\n"):
                t = raw.strip()
                if t.startswith("*"):
                    t = t[1:]
                    if t.startswith(" "):
                        t = t[1:]
                lines.append(t.rstrip())
            while lines and not lines[0].strip():
                lines.pop(0)
            while lines and not lines[-1].strip():
                lines.pop()
            comments.append(Comment(start, line, lines, code_on_line))
            out.append("".join("\n" if ch == "\n" else " " for ch in src[i:j + 2]))
            i = j + 2
            continue
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            comments.append(Comment(line, line, [src[i + 2:j].strip()], code_on_line))
            out.append(" " * (j - i))
            i = j
            continue
        if c == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            out.append(src[i:j + 1])
            i = j + 1
            code_on_line = True
            continue
        if c == "\n":
            line += 1
            code_on_line = False
        elif not c.isspace():
            code_on_line = True
        out.append(c)
        i += 1
    return comments, "".join(out)


class Decl:
    def __init__(self, kind, name, line, text, params=(), ret=None, members=(), end=None):
        self.kind = kind          # function, fnptr, struct, enum, opaque, typedef, macro
        self.name = name
        self.line = line
        self.end = end or line
        self.text = text
        self.params = list(params)
        self.ret = ret
        self.members = list(members)  # (name, line, end line)


def split_params(s):
    depth, cur, parts = 0, "", []
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return [p.strip() for p in parts]


def param_name(p):
    m = re.search(r"\(\s*\*\s*([A-Za-z_]\w*)\s*\)", p)  # function pointer
    if m:
        return m.group(1)
    m = re.search(r"([A-Za-z_]\w*)\s*(\[[^\]]*\]\s*)*$", p)
    if not m or p.strip() == "void":
        return None
    name = m.group(1)
    if name in ("int", "char", "double", "size_t", "unsigned", "long", "void"):
        return None
    return name


def parse_function(text, line, end):
    # attributes and attribute macros (GAC_DEPRECATED("..."), ...) aside
    text = re.sub(r"__attribute__\s*\(\((?:[^()]|\([^()]*\))*\)\)", " ", text)
    text = re.sub(r"\b[A-Z][A-Z0-9_]*\s*\((?:[^()]|\([^()]*\))*\)", " ", text)
    m = re.match(r"\s*GAC_API\s+(.*?)\b([A-Za-z_]\w*)\s*\((.*)\)\s*;\s*$", text, re.S)
    if not m:
        return None
    ret = " ".join(m.group(1).split())
    params = []
    for p in split_params(m.group(3)):
        name = param_name(p)
        if name:
            params.append((name, " ".join(p.split())))
    return Decl("function", m.group(2), line, text, params, ret, end=end)


def line_of(code, pos):
    return code.count("\n", 0, pos) + 1


def parse_body(kind, body, body_pos, code):
    """Members of a struct or enumerators of an enum, with their lines."""
    members = []
    if kind == "enum":
        pos = 0
        for part in body.split(","):
            m = re.match(r"\s*([A-Za-z_]\w*)", part)
            if m:
                at = body_pos + pos + m.start(1)
                ln = line_of(code, at)
                members.append((m.group(1), ln, ln))
            pos += len(part) + 1
        return members
    depth, start = 0, 0
    for i, ch in enumerate(body):
        if ch in "({":
            depth += 1
        elif ch in ")}":
            depth -= 1
        elif ch == ";" and depth == 0:
            stmt = body[start:i]
            first = len(stmt) - len(stmt.lstrip())
            ln = line_of(code, body_pos + start + first)
            end = line_of(code, body_pos + i)
            m = re.search(r"\(\s*\*\s*([A-Za-z_]\w*)\s*\)", stmt)
            if m:
                names = [m.group(1)]
            else:
                # "double lo, hi" / "char file[1024]" / "const char *a, *b"
                decl = re.sub(r"\[[^\]]*\]", "", stmt)
                parts = decl.split(",")
                names = []
                for k, p in enumerate(parts):
                    mm = re.search(r"([A-Za-z_]\w*)\s*$", p)
                    if mm:
                        names.append(mm.group(1))
            for nm in names:
                members.append((nm, ln, end))
            start = i + 1
    return members


def declarations(code):
    decls = []
    lines = code.split("\n")
    offsets = [0]
    for l in lines:
        offsets.append(offsets[-1] + len(l) + 1)
    cond = []   # stack of skip flags for #if blocks
    i = 0
    guard = None
    while i < len(lines):
        raw = lines[i]
        s = raw.strip()
        if s.startswith("#"):
            d = s[1:].strip()
            if d.startswith("ifndef") and guard is None:
                guard = d.split()[1]
            if d.startswith(("if", "ifdef", "ifndef")):
                cond.append("__cplusplus" in d)
            elif d.startswith("endif"):
                if cond:
                    cond.pop()
            m = re.match(r"define\s+([A-Za-z_]\w*)", d)
            if m and m.group(1) != guard and not any(cond):
                if not any(x.kind == "macro" and x.name == m.group(1) for x in decls):
                    decls.append(Decl("macro", m.group(1), i + 1, s))
            while lines[i].rstrip().endswith("\\"):
                i += 1
            i += 1
            continue
        if not s or any(cond):
            i += 1
            continue
        # a statement: up to ';' at depth 0
        start = i
        pos = offsets[i]
        depth = 0
        j = pos
        while j < len(code):
            ch = code[j]
            if ch in "({":
                depth += 1
            elif ch in ")}":
                depth -= 1
            elif ch == ";" and depth == 0:
                break
            j += 1
        text = code[pos:j + 1]
        end = line_of(code, j)
        i = end  # next line after the statement
        first = start + 1
        d = None
        if text.lstrip().startswith("GAC_API"):
            d = parse_function(text, first, end)
        elif text.lstrip().startswith("typedef"):
            m = re.match(r"\s*typedef\s+(struct|enum)\s+\w*\s*\{(.*)\}\s*([A-Za-z_]\w*)\s*;", text, re.S)
            if m:
                body_pos = pos + text.index("{") + 1
                d = Decl(m.group(1), m.group(3), first, text,
                         members=parse_body(m.group(1), m.group(2), body_pos, code), end=end)
            else:
                m = re.match(r"\s*typedef\s+(.*?)\(\s*\*\s*([A-Za-z_]\w*)\s*\)\s*\((.*)\)\s*;", text, re.S)
                if m:
                    params = [(param_name(p), p) for p in split_params(m.group(3)) if param_name(p)]
                    d = Decl("fnptr", m.group(2), first, text, params, " ".join(m.group(1).split()), end=end)
                else:
                    m = re.match(r"\s*typedef\s+.*?([A-Za-z_]\w*)\s*;", text, re.S)
                    if m:
                        d = Decl("opaque" if "struct" in text else "typedef", m.group(1), first, text, end=end)
        if d is None and text.strip():
            # anything else at file scope (a declaration without GAC_API, a
            # variable) is reported rather than let through unchecked
            words = re.findall(r"[A-Za-z_]\w*", text)
            d = Decl("unknown", words[-1] if words else "?", first, text, end=end)
        decls.append(d)
    return decls


def comment_before(comments, line, lines_src):
    """The comment block ending on the line right before `line`, skipping
    back over a run of preprocessor lines (for #define groups)."""
    ln = line - 1
    while ln >= 1:
        for c in comments:
            if c.end == ln and not c.trailing:
                return c
        t = lines_src[ln - 1].strip()
        if t.startswith("#"):
            ln -= 1
            continue
        return None
    return None


def trailing_comment(comments, first, last):
    for c in comments:
        if c.trailing and first <= c.start <= last:
            return c
    return None


def tag_lines(text):
    """[(index, [names], rest)] for each 'name:' line of a block."""
    out = []
    for k, t in enumerate(text):
        m = TAG_RE.match(t)
        if m:
            names = [x.strip() for x in m.group(1).split(",")]
            out.append((k, names, t[m.end():].strip()))
    return out


def summary_problems(c):
    if c is None:
        return ["no doc comment"]
    para = []
    for t in c.text:
        if not t.strip() or TAG_RE.match(t):
            break
        para.append(t.strip())
    s = " ".join(para)
    if not s:
        return ["doc comment has no summary sentence before its tagged lines"]
    if not (s[0].isupper() or s[0].isdigit() or s[0] in "`\"'*(_"
            or re.match(r"[a-z]+_\w+", s)):  # a symbol's name
        return ["summary should start with a capital: %r" % s[:40]]
    if not SENTENCE_END.search(s):
        return ["summary is not a sentence (no full stop): %r" % s[:60]]
    return []


def check_function(d, c):
    probs = summary_problems(c)
    if c is None:
        return probs
    tags = tag_lines(c.text)
    pnames = [p[0] for p in d.params]
    documented = []
    order = []
    for k, names, rest in tags:
        if len(names) == 1 and names[0] in KEYWORDS:
            order.append((names[0], k))
            if not rest and (k + 1 >= len(c.text) or not c.text[k + 1].startswith(" ")):
                probs.append("%s: line is empty" % names[0])
            continue
        for nm in names:
            if nm in pnames:
                documented.append(nm)
                order.append(("param", k))
            else:
                probs.append("documents '%s', which is not a parameter (%s)"
                             % (nm, ", ".join(pnames) or "none"))
    for nm in pnames:
        if nm not in documented:
            probs.append("parameter '%s' is not documented (want a line '%s: ...')" % (nm, nm))
    if documented and [n for n in pnames if n in documented] != documented:
        probs.append("parameters documented out of prototype order (%s)" % ", ".join(documented))
    keys = [o[0] for o in order]
    rank = {"param": 0, "Ownership": 1, "Returns": 2, "Errors": 3}
    ranks = [rank[k] for k in keys]
    if ranks != sorted(ranks):
        probs.append("tagged lines out of order: want parameters, Ownership:, Returns:, Errors:")
    ret = d.ret or ""
    returns_value = ret != "void"
    needs_owner = ("*" in ret or any("**" in p[1] for p in d.params)
                   or re.search(r"_(new|free)$", d.name))
    if returns_value and "Returns" not in keys:
        probs.append("missing 'Returns:' line (returns %s)" % ret)
    if not returns_value and "Returns" in keys:
        probs.append("'Returns:' line on a void function")
    if needs_owner and "Ownership" not in keys:
        probs.append("missing 'Ownership:' line (pointer returned, ** parameter or _new/_free)")
    if ret.endswith("_status"):
        if "Errors" not in keys:
            probs.append("missing 'Errors:' line (returns a status)")
        else:
            k = [o[1] for o in order if o[0] == "Errors"][0]
            block = " ".join(c.text[k:])
            if not re.search(r"\b[A-Z]+_E[A-Z]+|\bnone\b", block):
                probs.append("'Errors:' names no GAC_E... code (or 'none')")
            for code in sorted(set(re.findall(r"\b[A-Z]+_E[A-Z]+\b", block))):
                if STATUS_CODES and code not in STATUS_CODES:
                    probs.append("'Errors:' names %s, which no status enum declares" % code)
    return probs


STATUS_CODES = set()  # enumerators of the header's *_status enums


def check_type(d, c, comments):
    probs = summary_problems(c)
    if d.kind not in ("struct", "enum"):
        return probs
    tagged = set()
    if c is not None:
        for k, names, rest in tag_lines(c.text):
            for nm in names:
                if nm in KEYWORDS:
                    continue
                if nm not in [m[0] for m in d.members]:
                    probs.append("documents '%s', which is not a member" % nm)
                tagged.add(nm)
    for nm, first, last in d.members:
        if nm in tagged or nm.endswith("_END") or nm.endswith("_COUNT"):
            continue
        if trailing_comment(comments, first, last):
            continue
        above = [x for x in comments if x.end == first - 1 and not x.trailing
                 and x.start > d.line]
        if above:
            continue
        probs.append("member '%s' (line %d) is not documented" % (nm, first))
    return probs


def check_macro(d, c, comments):
    if trailing_comment(comments, d.line, d.line):
        return []
    return summary_problems(c)


def load_allow(path):
    allow = {}
    if not path:
        return allow
    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            t = raw.split("#", 1)[0].strip()
            if not t:
                continue
            parts = t.split(None, 1)
            if len(parts) < 2:
                sys.stderr.write("%s:%d: '%s' has no reason\n" % (path, ln, parts[0]))
                sys.exit(2)
            allow[parts[0]] = parts[1]
    return allow


def main(argv):
    allow_path = None
    count_only = False
    args = []
    it = iter(argv)
    for a in it:
        if a == "--allow":
            allow_path = next(it, None)
        elif a == "--count":
            count_only = True
        else:
            args.append(a)
    if len(args) != 1:
        sys.stderr.write("usage: header_doc_test.py [--allow FILE] [--count] HEADER\n")
        return 2
    path = args[0]
    try:
        with open(path, encoding="utf-8") as f:
            src = f.read()
    except OSError as e:
        sys.stderr.write("%s: %s\n" % (path, e.strerror))
        return 2
    allow = load_allow(allow_path)
    comments, code = scan(src)
    lines_src = src.split("\n")
    decls = declarations(code)
    for d in decls:
        if d.kind == "enum" and d.name.endswith("_status"):
            STATUS_CODES.update(m[0] for m in d.members)
    bad, excused, commented = [], [], 0
    seen = set()
    for d in decls:
        c = comment_before(comments, d.line, lines_src)
        if d.kind == "unknown":
            probs = ["not a declaration the checker knows (a public function is"
                     " declared GAC_API): %r" % " ".join(d.text.split())[:60]]
        elif d.kind in ("function", "fnptr"):
            probs = check_function(d, c)
        elif d.kind == "macro":
            probs = check_macro(d, c, comments)
        else:
            probs = check_type(d, c, comments)
        if c is not None or (d.kind == "macro" and trailing_comment(comments, d.line, d.line)):
            commented += 1
        seen.add(d.name)
        if not probs:
            continue
        if d.name in allow:
            excused.append((d, allow[d.name]))
            continue
        bad.append(d)
        for p in probs:
            print("%s:%d: %s: %s" % (path, d.line, d.name, p))
    for name in allow:
        if name not in seen:
            print("%s: allow-list names '%s', which the header does not declare"
                  % (allow_path, name))
            bad.append(None)
    for d, reason in excused:
        print("%s:%d: %s: excused by %s: %s" % (path, d.line, d.name, allow_path, reason))
    ok = len(decls) - len([b for b in bad if b]) - len(excused)
    print("header doc: %d of %d declarations documented in the fixed shape, "
          "%d excused, %d not; %d have a comment at all"
          % (ok, len(decls), len(excused), len([b for b in bad if b]), commented))
    if count_only:
        return 0
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
