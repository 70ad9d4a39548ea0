# README "Drivers": users uncertain (lognormal, 90 % between 10k and 40k)
# and calls per session triangular (2, 4, 8).  The bill is linear in
# users: (users / 20,000) x (531.36 x calls + 23.04) (from the sweep:
# 2,148.48 at 4 calls, 1,617.12 at 3), so the expected bill is
# E[users] / 20,000 x (531.36 x E[calls] + 23.04) = 21,857 / 20,000 x
# (531.36 x 14/3 + 23.04) = $2,735.1; the simulated mean $2,729.49 is
# 1.2 standard errors ($4.54) from it.
args: simulate examples/agent-drivers.yaml --trials 100000 --seed 7 --budget 4000
exit: 0
stdout-has: baseline      $2,729.49  $1,436.91  $1,048.79  $2,418.16  $4,579.54  $5,467.85  $7,556.88  $294.99  $16,244.93           15.6%
stdout-has: fewer-calls   $1,763.77    $774.75    $805.12  $1,614.34  $2,766.26  $3,221.24  $4,298.29  $254.67   $8,767.50            1.5%
stdout-has: lite-planner    $334.16    $172.47    $131.63    $297.40    $556.26    $661.97    $914.14   $38.48   $1,952.45            0.0%       100.0%
stdout-has: drivers.users              21,813.7 (21,857)    +0.825       +1.000        +0.844
stdout-has: drivers.calls_per_session  4.66504 (4.66667)    +0.534       +0.001        +0.505
