# make bench: issue 19's single-lognormal model vectorised in numpy, as a
# finance analyst's notebook would run it: requests lognormal with a 90%
# interval of 1M to 5M, times $0.002; mean, SD and the percentiles
# genaicost reports.  usage: /usr/bin/python3 bench/lognormal.py TRIALS
import math
import sys

import numpy as np

n = int(float(sys.argv[1]))
z95 = 1.6448536269514722
mu = (math.log(1e6) + math.log(5e6)) / 2
sigma = (math.log(5e6) - math.log(1e6)) / (2 * z95)
rng = np.random.default_rng(1)
total = rng.lognormal(mu, sigma, n) * 0.002
mean, sd = total.mean(), total.std(ddof=1)
p = np.percentile(total, [5, 50, 90, 95, 99])
print(f"mean {mean:.2f} sd {sd:.2f} p95 {p[3]:.2f}")
