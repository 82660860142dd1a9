namespace NnLesson.Core.Cnn.Training;

/// <summary>
/// The learning rate over a run, cosine-annealed (Loshchilov and Hutter, SGDR 2017), batch by batch:
/// <code>η_t = η₀ · ½ · (1 + cos(π · t / T)),   t = 0 … T−1 the step, T = epochs · batches per epoch</code>
/// Large steps early, when the loss is far from any minimum; ever smaller ones late, so the last epochs settle into
/// a minimum instead of rattling around it at η₀ (the constant-η₀ run of the PyTorch reference plateaus near 0.88).
/// </summary>
public static class CosineSchedule
{
    public static double At(double initial, long step, long totalSteps) =>
        totalSteps <= 1 ? initial : initial * 0.5 * (1 + Math.Cos(Math.PI * step / totalSteps));
}
