using NnLesson.Core.Linear;
using NnLesson.Core.Networks;
using NnLesson.Core.Training;

namespace NnLesson.Core.Tests.Training;

public class BackpropagationTests
{
    [Fact]
    public void Gradients_match_a_hand_computed_two_sample_example()
    {
        // W1 = [[1, −1], [2, 0.5]], b1 = [0, −1], W2 = [[1], [−2]], b2 = [0.5].
        // Sample 1: x = [1, 2],  t = 1 → Z1 = [5, −1], H = [5, 0],   Z2 = 5 − 0 + 0.5 = 5.5
        // Sample 2: x = [−1, 1], t = 0 → Z1 = [1, 0.5], H = [1, 0.5], Z2 = 1 − 1 + 0.5 = 0.5
        // N = 2, so dZ2 = (Y − T)/2 = [a, b] with a = (σ(5.5) − 1)/2, b = σ(0.5)/2.
        //   dW2 = Hᵀ·dZ2 = [5a + 1b, 0a + 0.5b]            db2 = a + b
        //   dH  = dZ2·W2ᵀ = [[a, −2a], [b, −2b]]
        //   dZ1 = dH ⊙ ReLU′(Z1) = [[a, 0], [b, −2b]]       (unit 2 is off for sample 1)
        //   dW1 = Xᵀ·dZ1 with Xᵀ = [[1, −1], [2, 1]]:
        //         row x₁: 1·[a, 0] + (−1)·[b, −2b] = [a − b, 2b]
        //         row x₂: 2·[a, 0] +   1·[b, −2b] = [2a + b, −2b]
        //   db1 = [a + b, −2b]
        var mlp = new TwoLayerMlp(Matrix.FromRows([[1, -1], [2, 0.5]]), [0, -1], Matrix.FromRows([[1], [-2]]), [0.5]);
        var x = Matrix.FromRows([[1, 2], [-1, 1]]);
        var t = Matrix.FromRows([[1], [0]]);
        var a = (Sigmoid(5.5) - 1) / 2;
        var b = Sigmoid(0.5) / 2;

        var g = Backpropagation.Backward(mlp, mlp.Forward(x), t);

        Tolerance.AllClose(g.DW2.Data, [5 * a + b, 0.5 * b], 0, 1e-14, "dW2");
        Tolerance.AllClose(g.DB2, [a + b], 0, 1e-14, "db2");
        Tolerance.AllClose(g.DW1.Data, [a - b, 2 * b, 2 * a + b, -2 * b], 0, 1e-14, "dW1");
        Tolerance.AllClose(g.DB1, [a + b, -2 * b], 0, 1e-14, "db1");
        Assert.Equal(("[2, 2]", "[2, 1]"), (g.DW1.Shape, g.DW2.Shape));
    }

    [Fact]
    public void A_gradient_descent_step_moves_every_parameter_against_its_gradient()
    {
        var mlp = new TwoLayerMlp(Matrix.FromRows([[1, -1]]), [0.5, 0], Matrix.FromRows([[2], [3]]), [1]);
        var gradients = new MlpGradients(Matrix.FromRows([[0.2, -0.4]]), [1, 0], Matrix.FromRows([[-1], [0]]), [0.5]);
        GradientDescent.Step(mlp, gradients, learningRate: 0.5);
        // W ← W − 0.5·dW
        Tolerance.AllClose(mlp.W1.Data, [0.9, -0.8], 0, 1e-15, "W1");
        Tolerance.AllClose(mlp.B1, [0.0, 0], 0, 1e-15, "b1");
        Tolerance.AllClose(mlp.W2.Data, [2.5, 3], 0, 1e-15, "W2");
        Tolerance.AllClose(mlp.B2, [0.75], 0, 1e-15, "b2");
    }

    [Fact]
    public void Targets_of_the_wrong_shape_are_refused()
    {
        var mlp = TwoLayerMlp.CreateRandom(2, 3, new Random(1));
        var pass = mlp.Forward(new Matrix(4, 2));
        Assert.Throws<ArgumentException>(() => Backpropagation.Backward(mlp, pass, new Matrix(3, 1)));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
