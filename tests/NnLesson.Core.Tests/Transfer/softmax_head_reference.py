# Reference numbers for SoftmaxHeadReferenceTests.cs (scikit-learn 1.2.1, numpy 1.24.2, Debian packages).
# Run: /usr/bin/python3 softmax_head_reference.py
# The head minimises mean cross-entropy + (lam/2)·||W||² with an unpenalised bias; scikit-learn's multinomial
# LogisticRegression minimises C·Σ cross-entropy + ½·||W||², the same objective scaled when C = 1/(lam·N).
import numpy as np
from sklearn.linear_model import LogisticRegression

X = np.array([
    [0.5, -1.2, 0.3, 2.0], [1.5, 0.2, -0.7, 1.1], [-0.3, 0.8, 1.9, -0.4], [2.2, -0.5, 0.0, 0.7],
    [-1.1, 1.7, 0.4, -1.3], [0.9, 0.9, -1.5, 0.2], [-2.0, -0.3, 1.1, 0.5], [0.1, 2.1, -0.2, -0.9],
    [1.2, -1.8, 0.6, 1.6], [-0.7, 0.4, 2.3, -1.1], [0.4, -0.6, -1.0, 0.8], [-1.6, 1.2, 0.9, -0.2],
])
t = np.array([0, 0, 1, 0, 2, 0, 1, 2, 0, 1, 2, 2])
lam = 0.1
model = LogisticRegression(C=1 / (lam * len(X)), multi_class="multinomial", solver="lbfgs", tol=1e-12, max_iter=100000)
model.fit(X, t)
np.set_printoptions(precision=10, floatmode="fixed", suppress=False)
print("W =", repr(model.coef_.ravel()))
print("b - mean(b) =", repr(model.intercept_ - model.intercept_.mean()))
print("P[0] =", repr(model.predict_proba(X[:1]).ravel()))

# lbfgs stops on its own function-change criterion (about 1e-5 here); polish with Newton steps on the exact
# objective so the reference is the optimum itself (gradient norm printed).
def objective_grad_hess(theta):
    W = theta[:12].reshape(3, 4); b = theta[12:]
    Z = X @ W.T + b; Z -= Z.max(axis=1, keepdims=True)
    P = np.exp(Z); P /= P.sum(axis=1, keepdims=True)
    Y = np.eye(3)[t]; n = len(X)
    Xa = np.hstack([X, np.ones((n, 1))])
    dZ = (P - Y) / n
    gW = dZ.T @ X + lam * W; gb = dZ.sum(axis=0)
    H = np.zeros((15, 15))
    for i in range(n):
        S = np.diag(P[i]) - np.outer(P[i], P[i])
        for a in range(3):
            for c in range(3):
                blk = S[a, c] * np.outer(Xa[i], Xa[i]) / n
                H[np.ix_([a*4+j for j in range(4)] + [12+a], [c*4+j for j in range(4)] + [12+c])] += blk
    for a in range(12):
        H[a, a] += lam
    return np.concatenate([gW.ravel(), gb]), H

theta = np.concatenate([model.coef_.ravel(), model.intercept_])
for _ in range(20):
    g, H = objective_grad_hess(theta)
    theta -= np.linalg.lstsq(H, g, rcond=None)[0]  # H is singular along "add c to every b": lstsq takes the minimum-norm step
g, _ = objective_grad_hess(theta)
print("Newton-polished |grad| =", np.abs(g).max())
b = theta[12:]
print("W* =", repr(theta[:12]))
print("b* - mean(b*) =", repr(b - b.mean()))
Z = X[:1] @ theta[:12].reshape(3, 4).T + b; P = np.exp(Z - Z.max()); print("P*[0] =", repr((P / P.sum()).ravel()))
