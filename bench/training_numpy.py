"""numpy float64 side of bench/training.sh: the Python original's own slide-5 training loop
(bench/bench_compute.py's numpy_train: MLP 2-16-1, 1000 two-moons points, noise 0.2, 2000 full-batch
epochs, lr 0.5), timed in-process with time.perf_counter after one warm-up; prints "median_s min_s".
Usage: python3 bench/training_numpy.py PYTHON_ORIGINAL_DIR [reps]
"""
import statistics
import sys
import time

root = sys.argv[1]
reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
sys.path.insert(0, root + "/bench")
import numpy as np  # noqa: E402
import bench_compute as bc  # noqa: E402  (adds the original's slides/ and utils/ to sys.path)

X, y_flat = bc.make_moons(bc.N, noise=bc.NOISE, seed=bc.SEED)
y = y_flat.reshape(-1, 1).astype(np.float64)
bc.numpy_train(X, y, np.float64)  # warm-up
times = []
for _ in range(reps):
    t0 = time.perf_counter()
    bc.numpy_train(X, y, np.float64)
    times.append(time.perf_counter() - t0)
print(f"{statistics.median(times):.5f} {min(times):.5f}")
