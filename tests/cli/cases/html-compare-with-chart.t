args: compare examples/mixed-deployment.yaml --format html -o $GAC_TMP/compare.html --chart $GAC_TMP/compare.png
exit: 0
stdout-empty
after: grep -q '<figure>' $GAC_TMP/compare.html && grep -q '^<footer>' $GAC_TMP/compare.html && head -c 8 $GAC_TMP/compare.png | grep -q PNG
