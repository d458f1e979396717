# embed.awk -- turns the knowledge lists into C string constants, one per
# file (gaz_data_NAME, NAME = the file name without extension, '-' -> '_'),
# so the engine needs no data file at run time. Comment lines are dropped.
function flush() {
	if (name != "")
		print "\t\"\";\n"
}
FNR == 1 {
	flush()
	name = FILENAME
	sub(/.*\//, "", name)
	sub(/\.[a-z]+$/, "", name)
	gsub(/-/, "_", name)
	print "const char gaz_data_" name "[] ="
}
/^#/ { next }
{
	line = $0
	gsub(/\\/, "\\\\", line)
	gsub(/"/, "\\\"", line)
	print "\t\"" line "\\n\""
}
END {
	flush()
}
