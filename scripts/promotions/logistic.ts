/** Weighted L2-regularised logistic regression, fitted by Newton's method (few features, so exact and fast). */
export interface Example {
  values: number[];
  label: 0 | 1;
  weight: number;
}

export interface Fitted {
  bias: number;
  weights: number[];
}

export function fitLogistic(examples: Example[], featureCount: number, l2: number, iterations = 30): Fitted {
  const size = featureCount + 1;
  let theta = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (const { values, label, weight } of examples) {
      const x = [1, ...values];
      const z = x.reduce((sum, value, index) => sum + value * (theta[index] ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < size; i++) {
        const xi = x[i] ?? 0;
        gradient[i] = (gradient[i] ?? 0) + weight * (p - label) * xi;
        const row = hessian[i]!;
        for (let j = 0; j < size; j++) row[j] = (row[j] ?? 0) + weight * p * (1 - p) * xi * (x[j] ?? 0);
      }
    }
    // The bias is not regularised.
    for (let i = 1; i < size; i++) {
      gradient[i] = (gradient[i] ?? 0) + l2 * (theta[i] ?? 0);
      hessian[i]![i] = (hessian[i]![i] ?? 0) + l2;
    }
    const step = solve(hessian, gradient);
    theta = theta.map((value, index) => value - (step[index] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return { bias: theta[0] ?? 0, weights: theta.slice(1) };
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, index) => [...row, vector[index] ?? 0]);
  for (let column = 0; column < n; column++) {
    let pivot = column;
    for (let row = column + 1; row < n; row++)
      if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    const lead = a[column]![column]! || 1e-12;
    for (let row = 0; row < n; row++) {
      if (row === column) continue;
      const factor = a[row]![column]! / lead;
      for (let k = column; k <= n; k++) a[row]![k] = a[row]![k]! - factor * a[column]![k]!;
    }
  }
  return a.map((row, index) => row[n]! / (a[index]![index]! || 1e-12));
}
