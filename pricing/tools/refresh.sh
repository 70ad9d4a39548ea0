#!/bin/sh
# make pricing-refresh: refresh the bundled Bedrock prices from AWS's
# public Price List offer files (pricing/README.md, "Refreshing the sheet").
#
# usage: refresh.sh GENAICOST DIR
#   GENAICOST  the genaicost binary (make: $(BIN))
#   DIR        the scratch directory (make: REFRESH_DIR, build/pricing-refresh)
# Environment (make passes them through):
#   REFRESH_OFFERS       offer codes to download
#                        (AmazonBedrock AmazonBedrockFoundationModels)
#   REFRESH_REGIONS      regions to download
#   REFRESH_OFFER_FILES  offer files already at hand: skips the download
#   REFRESH_BASE_URL     https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws
#
# Steps: 1 download (curl), 2 import, 3 merge into pricing/aws-bedrock.yaml,
# 4 validate and diff, 5 cross-check (pricing/tools/genai-prices-check.mjs,
# when present).  Nothing under pricing/ is changed: the merged sheet, the
# reports and the diff stay in DIR for review.
set -u
bin=${1:?usage: refresh.sh GENAICOST DIR}
dir=${2:?usage: refresh.sh GENAICOST DIR}
offers=${REFRESH_OFFERS:-AmazonBedrock AmazonBedrockFoundationModels}
regions=${REFRESH_REGIONS:-us-east-1 us-east-2 us-west-2 ca-central-1 sa-east-1 eu-west-1 eu-west-2 eu-west-3 \
eu-central-1 eu-north-1 eu-south-1 ap-south-1 ap-northeast-1 ap-northeast-2 ap-southeast-1 ap-southeast-2 us-gov-west-1}
base=${REFRESH_BASE_URL:-https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws}
map=pricing/aws-offer-map.yaml
sheet=pricing/aws-bedrock.yaml

step() { printf '\n== pricing-refresh %s\n' "$*"; }
stop() { printf 'pricing-refresh: %s\n' "$*" >&2; exit 1; }

mkdir -p "$dir/offers" || stop "cannot make $dir"

step "1/5 download: the offer files of $offers for each region into $dir/offers"
files=""
if [ -n "${REFRESH_OFFER_FILES:-}" ]; then
	echo "REFRESH_OFFER_FILES given: no download"
	files=$REFRESH_OFFER_FILES
else
	command -v curl >/dev/null 2>&1 || stop "step 1 needs curl"
	for offer in $offers; do
		for region in $regions; do
			out="$dir/offers/$offer-$region.json"
			echo "curl -fsS $base/$offer/current/$region/index.json"
			if curl -fsS --retry 2 --connect-timeout 20 --max-time 600 \
			        "$base/$offer/current/$region/index.json" -o "$out.part"; then
				mv "$out.part" "$out"
				files="$files $out"
			else
				rm -f "$out.part"
				echo "  not fetched (the offer may not exist in $region, or there is no network)"
			fi
		done
	done
	[ -n "$files" ] || stop "step 1 fetched no offer file: offline, or AWS's Price List endpoint is unreachable; \
download the files elsewhere and give them as REFRESH_OFFER_FILES='FILE...'"
fi

step "2/5 import: $bin import-prices --map $map OFFERS -o $dir/imported.yaml"
# shellcheck disable=SC2086
"$bin" import-prices --map "$map" $files -o "$dir/imported.yaml" --report "$dir/report.txt" ||
	stop "step 2 failed (the error is above)"
# shellcheck disable=SC2086
"$bin" import-prices --map "$map" $files -o "$dir/imported.yaml" --report "$dir/report.json" --format json ||
	stop "step 2 (JSON report) failed"
head -n 1 "$dir/report.txt"
echo "report: $dir/report.txt ($dir/report.json): unmapped products, prices without a sheet key, other dates"

step "3/5 merge: into $sheet as $dir/aws-bedrock.yaml"
# shellcheck disable=SC2086
"$bin" import-prices --map "$map" $files --merge "$sheet" -o "$dir/aws-bedrock.yaml" --report "$dir/merge.txt" ||
	stop "step 3 failed (the error is above)"
sed -n '/^Changes to /,$p' "$dir/merge.txt"
grep -q '^Changes to ' "$dir/merge.txt" || echo "no price moved"

step "4/5 validate and diff: $dir/aws-bedrock.diff"
"$bin" validate "$dir/aws-bedrock.yaml" || echo "the merged sheet does not load (see above): fix before landing it"
diff -u "$sheet" "$dir/aws-bedrock.yaml" > "$dir/aws-bedrock.diff"
echo "$(grep -c '^[-+][^-+]' "$dir/aws-bedrock.diff") changed lines against $sheet"

step "5/5 cross-check against the newest genai-prices release"
check=pricing/tools/genai-prices-check.mjs
if [ ! -f "$check" ]; then
	echo "skipped: $check is not in this tree"
elif ! command -v node >/dev/null 2>&1; then
	echo "skipped: node is not installed (needed for $check)"
else
	echo "node $check $dir/aws-bedrock.yaml"
	node "$check" "$dir/aws-bedrock.yaml" || stop "step 5: the cross-check found an unexplained difference (above)"
fi

printf '\npricing-refresh: done.  Review %s/merge.txt and %s/aws-bedrock.diff, add map rows for unmapped\n' "$dir" "$dir"
printf 'products, then copy %s/aws-bedrock.yaml over %s and run make check.\n' "$dir" "$sheet"
