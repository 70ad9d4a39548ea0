# through drivers and expressions: users feed every workload's requests
# (elasticity 1); calls per session feed all but the one per session
args: sensitivity examples/agent-drivers.yaml --explain
exit: 0
stdout-has: drivers.users                          20,000  16,000  24,000     $1,718.78      $2,578.18  $859.39           1
stdout-has: drivers.calls_per_session                   4    3.20    4.80     $1,723.39      $2,573.57  $850.18       0.989
stdout-has: elasticity = slope × 20000 / 
