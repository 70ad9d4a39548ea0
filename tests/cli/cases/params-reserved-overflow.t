# under the Reserved tier, deployment.overflow is not a default that
# applies (writing throttle is refused: the tier sends the load above the
# reservation to the Standard tier); params says so instead of
# "throttle  # default"
args: params tests/data/good/reserved-to-on-demand.yaml --allow-path tests/data/good
exit: 0
stdout-has: deployment.overflow = unset  # not used: the Reserved tier sends the load above the reservation to the Standard tier
stdout-lacks: deployment.overflow = throttle
