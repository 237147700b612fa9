package org.goveval.evaluation.fitting;

import java.util.Arrays;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * Non-negative least squares: minimises |Ax − b| subject to x ≥ 0, by the active-set method of Lawson and
 * Hanson (Solving Least Squares Problems, 1974, chapter 23). Hipparchus has no NNLS; it solves the
 * unconstrained sub-problems by QR decomposition.
 */
final class Nnls {
    private static final double TOLERANCE = 1e-10;

    private Nnls() {}

    /** The solution x ≥ 0 for the m×n matrix {@code a} (row-major) and the m-vector {@code b}. */
    static double[] solve(double[][] a, double[] b) {
        int n = a[0].length;
        double[] x = new double[n];
        boolean[] passive = new boolean[n];
        boolean[] blocked = new boolean[n];
        for (int outer = 0; outer < 3 * n + 10; outer++) {
            double[] gradient = gradient(a, b, x);
            int t = -1;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && !blocked[j] && gradient[j] > TOLERANCE && (t < 0 || gradient[j] > gradient[t])) {
                    t = j;
                }
            }
            if (t < 0) {
                return x;
            }
            passive[t] = true;
            if (!innerLoop(a, b, x, passive)) {
                passive[t] = false; // the column is a combination of the passive ones: it cannot help
                blocked[t] = true;
            }
        }
        return x;
    }

    /** Moves x towards the passive-set solution, dropping columns that would turn negative. */
    private static boolean innerLoop(double[][] a, double[] b, double[] x, boolean[] passive) {
        for (int iteration = 0; iteration < 3 * x.length + 10; iteration++) {
            double[] s;
            try {
                s = leastSquares(a, b, passive);
            } catch (MathIllegalArgumentException e) {
                return false;
            }
            double alpha = 1;
            boolean feasible = true;
            for (int j = 0; j < x.length; j++) {
                if (passive[j] && s[j] <= TOLERANCE) {
                    feasible = false;
                    alpha = Math.min(alpha, x[j] / (x[j] - s[j]));
                }
            }
            if (feasible) {
                System.arraycopy(s, 0, x, 0, x.length);
                return true;
            }
            for (int j = 0; j < x.length; j++) {
                x[j] += alpha * (s[j] - x[j]);
                if (passive[j] && x[j] <= TOLERANCE) {
                    passive[j] = false;
                    x[j] = 0;
                }
            }
        }
        return true;
    }

    private static double[] leastSquares(double[][] a, double[] b, boolean[] passive) {
        int[] columns = java.util.stream.IntStream.range(0, passive.length)
                .filter(j -> passive[j])
                .toArray();
        double[][] sub = new double[a.length][columns.length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < columns.length; k++) {
                sub[i][k] = a[i][columns[k]];
            }
        }
        RealVector solution = new QRDecomposition(new Array2DRowRealMatrix(sub, false), 1e-12)
                .getSolver()
                .solve(new ArrayRealVector(b, false));
        double[] s = new double[passive.length];
        Arrays.fill(s, 0);
        for (int k = 0; k < columns.length; k++) {
            s[columns[k]] = solution.getEntry(k);
        }
        return s;
    }

    /** Aᵀ(b − Ax): the direction in which each coordinate would reduce the error. */
    private static double[] gradient(double[][] a, double[] b, double[] x) {
        double[] w = new double[x.length];
        for (int i = 0; i < a.length; i++) {
            double r = b[i];
            for (int j = 0; j < x.length; j++) {
                r -= a[i][j] * x[j];
            }
            for (int j = 0; j < x.length; j++) {
                w[j] += a[i][j] * r;
            }
        }
        return w;
    }
}
