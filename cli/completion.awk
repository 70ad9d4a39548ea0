# Write genaicost's bash, zsh or fish completion from cli/completion.spec:
#   awk -v shell=bash|zsh|fish -f cli/completion.awk cli/completion.spec
# The spec says what to offer; this file says how each shell asks.  Model
# ids are the one thing read at completion time (from `genaicost models --all
# --format csv`): they are the price sheet's, not the tool's.

function fail(msg) {
	printf "completion.awk: %s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
	failed = 1
	exit 1
}

# the rest of the line after `n` fields
function rest(n,    s, i) {
	s = $0
	for (i = 0; i < n; i++)
		sub(/^[ \t]*[^ \t]+[ \t]*/, "", s)
	return s
}

# `s` inside single quotes, for sh, zsh and fish alike
function sq(s) {
	if (shell == "fish")
		gsub(/\\/, "\\\\", s)
	gsub(/'/, shell == "fish" ? "\\'" : "'\\''", s)
	return "'" s "'"
}

/^[ \t]*(#|$)/ { next }

$1 == "command" {
	if (NF < 4)
		fail("command NAME OPERANDS DESCRIPTION")
	if ($3 != "file" && $3 != "command" && $3 != "none")
		fail("OPERANDS is file, command or none, not " $3)
	ncmd++
	cmd[ncmd] = $2
	operands[$2] = $3
	cdesc[$2] = rest(3)
	next
}

$1 == "option" {
	if (NF < 5)
		fail("option COMMANDS NAMES ARG DESCRIPTION")
	nopt++
	ocmds[nopt] = $2
	onames[nopt] = $3
	oarg[nopt] = $4
	odesc[nopt] = rest(4)
	next
}

{ fail("unknown line (command or option)") }

# does option i belong to command c ("" for the tool itself)?
function has(i, c,    n, k, l) {
	if (ocmds[i] == "-")
		return c == ""
	if (ocmds[i] == "*")
		return c != "" && c != "help"
	n = split(ocmds[i], l, ",")
	for (k = 1; k <= n; k++)
		if (l[k] == c)
			return 1
	return 0
}

# the option names of command c, blank-separated
function names_of(c,    i, s, n, l, k) {
	s = ""
	for (i = 1; i <= nopt; i++)
		if (has(i, c)) {
			n = split(onames[i], l, ",")
			for (k = 1; k <= n; k++)
				s = s (s == "" ? "" : " ") l[k]
		}
	return s
}

function check_spec(    i, n, l, k, c, j, known) {
	for (i = 1; i <= nopt; i++) {
		if (ocmds[i] == "*" || ocmds[i] == "-")
			continue
		n = split(ocmds[i], l, ",")
		for (k = 1; k <= n; k++) {
			known = 0
			for (j = 1; j <= ncmd; j++)
				known = known || cmd[j] == l[k]
			if (!known)
				fail("option " onames[i] ": no command " l[k])
		}
	}
}

END {
	if (failed)
		exit 1
	if (!ncmd)
		fail("no command")
	check_spec()
	if (shell == "bash")
		bash()
	else if (shell == "zsh")
		zsh()
	else if (shell == "fish")
		fish()
	else
		fail("shell=bash, zsh or fish")
}

# ---- bash ----

function bash(    i, j, c, n, l, k, all) {
	all = ""
	for (j = 1; j <= ncmd; j++)
		all = all (all == "" ? "" : " ") cmd[j]
	print "# bash completion for genaicost(1)                          -*- shell-script -*-"
	print "# Generated from cli/completion.spec by cli/completion.awk: edit those, not this."
	print ""
	print "# the commands, and the options of each (\"\": the tool itself)"
	print "_genaicost_commands='" all "'"
	print "_genaicost_options()"
	print "{"
	print "\tcase $1 in"
	printf "\t'') echo %s ;;\n", sq(names_of(""))
	for (j = 1; j <= ncmd; j++)
		printf "\t%s) echo %s ;;\n", cmd[j], sq(names_of(cmd[j]))
	print "\tesac"
	print "}"
	print ""
	print "# what option $2 of command $1 takes: - (nothing), file, dir, model,"
	print "# a|b|c (these values) or a word naming a value; empty for no such option"
	print "_genaicost_arg()"
	print "{"
	print "\tcase $1:$2 in"
	for (i = 1; i <= nopt; i++) {
		n = split(onames[i], l, ",")
		for (j = 0; j <= ncmd; j++) {
			c = j ? cmd[j] : ""
			if (!has(i, c))
				continue
			for (k = 1; k <= n; k++)
				printf "\t%s) echo %s ;;\n", sq(c ":" l[k]), sq(oarg[i])
		}
	}
	print "\tesac"
	print "}"
	print ""
	print "# what a command's operands are: file, command or none"
	print "_genaicost_operands()"
	print "{"
	print "\tcase $1 in"
	for (j = 1; j <= ncmd; j++)
		printf "\t%s) echo %s ;;\n", cmd[j], operands[cmd[j]]
	print "\tesac"
	print "}"
	print ""
	print "# model ids of the default price sheet, read once per shell session"
	print "_genaicost_models()"
	print "{"
	print "\t[[ -n ${_genaicost_model_ids-} ]] ||"
	print "\t\t_genaicost_model_ids=$(\"$1\" models --all --format csv 2>/dev/null | tail -n +2 | cut -d, -f1)"
	print "\tprintf '%s\\n' \"$_genaicost_model_ids\""
	print "}"
	print ""
	print "# COMPREPLY from a word list, for the word being completed; model ids hold"
	print "# ':', which bash splits words at: answer with the part after the last one"
	print "_genaicost_reply()"
	print "{"
	print "\tlocal cur=$1 list=$2 w"
	print "\tCOMPREPLY=()"
	print "\twhile IFS= read -r w; do"
	print "\t\t[[ -n $w && $w == \"$cur\"* ]] && COMPREPLY+=(\"$w\")"
	print "\tdone <<<\"$list\""
	print "\tif [[ $cur == *:* && $COMP_WORDBREAKS == *:* ]]; then"
	print "\t\tlocal colon=${cur%\"${cur##*:}\"} i"
	print "\t\tfor i in \"${!COMPREPLY[@]}\"; do"
	print "\t\t\tCOMPREPLY[i]=${COMPREPLY[i]#\"$colon\"}"
	print "\t\tdone"
	print "\tfi"
	print "}"
	print ""
	print "_genaicost_files()"
	print "{"
	print "\tCOMPREPLY=($(compgen \"$1\" -- \"$2\"))"
	print "\tcompopt -o filenames 2>/dev/null"
	print "}"
	print ""
	print "_genaicost()"
	print "{"
	print "\tlocal bin=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev= cmd arg"
	print "\t((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}"
	print "\t# bash splits \"id:0\" into \"id\" \":\" \"0\": take the words from the line"
	print "\t# itself, split at blanks only, so a model id stays whole"
	print "\tif [[ -n ${COMP_LINE-} ]]; then"
	print "\t\tlocal line=${COMP_LINE:0:${COMP_POINT:-${#COMP_LINE}}} words=()"
	print "\t\tread -ra words <<<\"$line\""
	print "\t\t[[ $line == *[[:blank:]] ]] && words+=(\"\")"
	print "\t\tcur=${words[${#words[@]} - 1]}"
	print "\t\t((${#words[@]} > 1)) && prev=${words[${#words[@]} - 2]}"
	print "\tfi"
	print "\tif ((COMP_CWORD == 1)); then"
	print "\t\t_genaicost_reply \"$cur\" \"$(printf '%s\\n' $_genaicost_commands $(_genaicost_options ''))\""
	print "\t\treturn 0"
	print "\tfi"
	print "\tcmd=${COMP_WORDS[1]}"
	print "\t# --opt=value: complete the value"
	print "\tif [[ $cur == --*=* ]]; then"
	print "\t\tprev=${cur%%=*}"
	print "\t\tcur=${cur#*=}"
	print "\tfi"
	print "\targ=$(_genaicost_arg \"$cmd\" \"$prev\")"
	print "\tcase $arg in"
	print "\t'' | -) ;;"
	print "\tfile) _genaicost_files -f \"$cur\"; return 0 ;;"
	print "\tdir) _genaicost_files -d \"$cur\"; return 0 ;;"
	print "\tmodel) _genaicost_reply \"$cur\" \"$(_genaicost_models \"$bin\")\"; return 0 ;;"
	print "\t*\\|*) _genaicost_reply \"$cur\" \"${arg//|/$'\\n'}\"; return 0 ;;"
	print "\t*) COMPREPLY=(); return 0 ;;  # a number, a path=value: nothing to offer"
	print "\tesac"
	print "\tif [[ $cur == -* ]]; then"
	print "\t\t_genaicost_reply \"$cur\" \"$(printf '%s\\n' $(_genaicost_options \"$cmd\"))\""
	print "\t\treturn 0"
	print "\tfi"
	print "\tcase $(_genaicost_operands \"$cmd\") in"
	print "\tfile) _genaicost_files -f \"$cur\" ;;"
	print "\tcommand) ((COMP_CWORD == 2)) && _genaicost_reply \"$cur\" \"$(printf '%s\\n' $_genaicost_commands)\" ;;"
	print "\t*) COMPREPLY=() ;;"
	print "\tesac"
	print "\treturn 0"
	print "}"
	print ""
	print "complete -F _genaicost genaicost"
}

# ---- zsh ----

# compadd lines offering the options of command c, with descriptions
function zsh_options(c,    i, n, l, k, w, d) {
	w = ""
	d = ""
	for (i = 1; i <= nopt; i++) {
		if (!has(i, c))
			continue
		n = split(onames[i], l, ",")
		for (k = 1; k <= n; k++) {
			w = w " " sq(l[k])
			d = d " " sq(sprintf("%-22s -- %s", l[k] (oarg[i] == "-" ? "" : " " oarg[i]), odesc[i]))
		}
	}
	printf "\t\tw=(%s)\n\t\td=(%s)\n", substr(w, 2), substr(d, 2)
}

function zsh(    i, j, c, n, l, k, w, d) {
	print "#compdef genaicost"
	print "# zsh completion for genaicost(1)"
	print "# Generated from cli/completion.spec by cli/completion.awk: edit those, not this."
	print ""
	print "# offer the commands, with what each does"
	print "_genaicost_commands()"
	print "{"
	w = ""
	d = ""
	for (j = 1; j <= ncmd; j++) {
		w = w " " sq(cmd[j])
		d = d " " sq(sprintf("%-12s -- %s", cmd[j], cdesc[cmd[j]]))
	}
	printf "\tlocal -a w=(%s)\n\tlocal -a d=(%s)\n", substr(w, 2), substr(d, 2)
	print "\tcompadd -l -d d -- \"${w[@]}\""
	print "}"
	print ""
	print "# offer the options of command $1 (\"\": the tool itself)"
	print "_genaicost_options()"
	print "{"
	print "\tlocal -a w d"
	print "\tcase $1 in"
	print "\t'')"
	zsh_options("")
	print "\t\t;;"
	for (j = 1; j <= ncmd; j++) {
		printf "\t%s)\n", cmd[j]
		zsh_options(cmd[j])
		print "\t\t;;"
	}
	print "\tesac"
	print "\t(( ${#w} )) && compadd -l -d d -- \"${w[@]}\""
	print "}"
	print ""
	print "_genaicost()"
	print "{"
	print "\tlocal cur=${words[CURRENT]} prev=${words[CURRENT-1]} cmd=${words[2]} arg="
	print "\tif (( CURRENT == 2 )); then"
	print "\t\t_genaicost_commands"
	print "\t\t[[ $cur == -* ]] && _genaicost_options ''"
	print "\t\treturn 0"
	print "\tfi"
	print "\t# --opt=value: complete the value"
	print "\tif [[ $cur == --*=* ]]; then"
	print "\t\tprev=${cur%%=*}"
	print "\t\tcompset -P '*='"
	print "\tfi"
	print "\t# what option $prev of command $cmd takes"
	print "\tcase $cmd:$prev in"
	for (i = 1; i <= nopt; i++) {
		n = split(onames[i], l, ",")
		for (j = 1; j <= ncmd; j++) {
			c = cmd[j]
			if (!has(i, c))
				continue
			for (k = 1; k <= n; k++)
				printf "\t%s) arg=%s ;;\n", sq(c ":" l[k]), sq(oarg[i])
		}
	}
	print "\tesac"
	print "\tcase $arg in"
	print "\t'' | -) ;;"
	print "\tfile) _files; return ;;"
	print "\tdir) _files -/; return ;;"
	print "\tmodel)"
	print "\t\tlocal -a ids=(${(f)\"$(${words[1]} models --all --format csv 2>/dev/null | tail -n +2 | cut -d, -f1)\"})"
	print "\t\tcompadd -- \"${ids[@]}\""
	print "\t\treturn ;;"
	print "\t*'|'*) compadd -- \"${(@s:|:)arg}\"; return ;;"
	print "\t*) _message -e values \"$arg\" 2>/dev/null; return 1 ;;  # a number, a path=value"
	print "\tesac"
	print "\tif [[ $cur == -* ]]; then"
	print "\t\t_genaicost_options \"$cmd\""
	print "\t\treturn 0"
	print "\tfi"
	print "\tcase $cmd in"
	for (j = 1; j <= ncmd; j++)
		if (operands[cmd[j]] == "file")
			printf "\t%s) _files ;;\n", cmd[j]
		else if (operands[cmd[j]] == "command")
			printf "\t%s) (( CURRENT == 3 )) && _genaicost_commands ;;\n", cmd[j]
	print "\tesac"
	print "}"
	print ""
	print "_genaicost \"$@\""
}

# ---- fish ----

function fish_option(i, cond,    n, l, k, s) {
	s = "complete -c genaicost -n " sq(cond)
	n = split(onames[i], l, ",")
	for (k = 1; k <= n; k++)
		s = s (l[k] ~ /^--/ ? " -l " substr(l[k], 3) : " -s " substr(l[k], 2))
	if (oarg[i] == "file")
		s = s " -r -F"
	else if (oarg[i] == "dir")
		s = s " -x -a " sq("(__fish_complete_directories)")
	else if (oarg[i] == "model")
		s = s " -x -a " sq("(genaicost models --all --format csv 2>/dev/null | tail -n +2 | cut -d, -f1)")
	else if (oarg[i] ~ /\|/) {
		k = oarg[i]
		gsub(/\|/, " ", k)
		s = s " -x -a " sq(k)
	} else if (oarg[i] != "-")
		s = s " -x"
	print s " -d " sq(odesc[i])
}

function fish(    i, j, c, list, files) {
	print "# fish completion for genaicost(1)"
	print "# Generated from cli/completion.spec by cli/completion.awk: edit those, not this."
	print ""
	print "complete -c genaicost -e"
	print "# no files unless an option or a command takes them"
	print "complete -c genaicost -f"
	list = ""
	files = ""
	for (j = 1; j <= ncmd; j++) {
		printf "complete -c genaicost -n __fish_use_subcommand -a %s -d %s\n", cmd[j], sq(cdesc[cmd[j]])
		list = list (list == "" ? "" : " ") cmd[j]
		if (operands[cmd[j]] == "file")
			files = files (files == "" ? "" : " ") cmd[j]
	}
	printf "complete -c genaicost -n %s -F\n", sq("__fish_seen_subcommand_from " files)
	for (j = 1; j <= ncmd; j++)
		if (operands[cmd[j]] == "command")
			printf "complete -c genaicost -n %s -x -a %s\n", sq("__fish_seen_subcommand_from " cmd[j]), sq(list)
	for (i = 1; i <= nopt; i++) {
		if (ocmds[i] == "-")
			fish_option(i, "__fish_use_subcommand")
		else if (ocmds[i] == "*")
			fish_option(i, "not __fish_use_subcommand; and not __fish_seen_subcommand_from help")
		else {
			c = ocmds[i]
			gsub(/,/, " ", c)
			fish_option(i, "__fish_seen_subcommand_from " c)
		}
	}
}
